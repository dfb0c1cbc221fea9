import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addMonths, parisToday } from "@/lib/dates";
import { CONSENT_TEXT_VERSION } from "@/lib/participants/consent";
import "@/lib/participants/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { addParticipants, participantsSnapshot } from "@/tests/helpers/participants";

let world: World;
let extra: Awaited<ReturnType<typeof addParticipants>>;

beforeAll(async () => {
  world = await buildWorld();
  extra = await addParticipants(world);
});

const person = (overrides: Record<string, unknown> = {}) => ({
  lastName: "Lefèvre",
  firstName: "Nadia",
  phone: "06 39 98 00 01",
  preferredChannel: "SMS",
  consentOn: "2025-09-12",
  ...overrides,
});

const auditOf = (entityId: string, action: string) =>
  prisma().auditEvent.findFirstOrThrow({ where: { entityId, action } });

describe("participant.create", () => {
  it("lets a coordinator register a person without a group, with categories, audited without them", async () => {
    const { a } = world;
    const result = await runAction("participant.create", a.coordinator, {
      dept: a.slug,
      ...person({ needs: ["CHILDCARE"], publicCategories: ["RSA", "YOUTH"], isProtected: "on" }),
    });
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const created = await prisma().participant.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({
      departmentId: a.id,
      phone: "+33639980001",
      needs: ["CHILDCARE"],
      publicCategories: ["RSA", "YOUTH"],
      isProtected: true,
      consentAt: new Date("2025-09-12T00:00:00Z"),
      consentRecordedById: a.coordinator.id,
      consentTextVersion: CONSENT_TEXT_VERSION,
    });
    const audit = await auditOf(id, "participant.create");
    expect(audit).toMatchObject({
      departmentId: a.id,
      actorId: a.coordinator.id,
      after: { lastName: "Lefèvre" },
    });
    expect(audit.after).not.toHaveProperty("publicCategories");
    expect(JSON.stringify(audit.after)).not.toContain("RSA");
    expect((audit.after as { changedFields: string[] }).changedFields).toContain("publicCategories");
  });

  it("registers a facilitator's person into their group in the same step, ignoring categories", async () => {
    const { a } = world;
    const result = await runAction("participant.create", a.facilitator, {
      dept: a.slug,
      ...person({ lastName: "Moreau", groupId: a.groupId, publicCategories: ["RSA"] }),
    });
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    expect(await prisma().participant.findUniqueOrThrow({ where: { id } })).toMatchObject({
      publicCategories: [],
      consentRecordedById: a.facilitator.id,
    });
    const membership = await prisma().groupMembership.findFirstOrThrow({ where: { participantId: id } });
    expect(membership).toMatchObject({
      groupId: a.groupId,
      role: "MEMBER",
      joinedOn: parisToday(),
      mandateEndsOn: addMonths(parisToday(), 24),
      exitedOn: null,
    });
    await auditOf(id, "participant.create");
    await auditOf(membership.id, "membership.create");
  });

  it("asks a facilitator for a group, and anyone joining a group for consent, at the fields", async () => {
    const { a } = world;
    await expectRefused(
      "participant.create",
      [
        { user: a.facilitator, input: { dept: a.slug, ...person() }, error: "invalid" },
        {
          user: a.coordinator,
          input: { dept: a.slug, ...person({ groupId: a.groupId, consentOn: undefined }) },
          error: "invalid",
        },
      ],
      participantsSnapshot,
    );
    expect(await runAction("participant.create", a.facilitator, { dept: a.slug, ...person() })).toMatchObject(
      {
        fieldErrors: { groupId: ["Ce champ est obligatoire."] },
      },
    );
    const noConsent = await runAction("participant.create", a.coordinator, {
      dept: a.slug,
      ...person({ groupId: a.groupId, consentOn: undefined }),
    });
    expect(noConsent).toMatchObject({
      fieldErrors: { consentOn: [expect.stringContaining("consentement")] },
    });
  });

  it("refuses a channel the contact details cannot reach, and a consent in the future", async () => {
    const { a } = world;
    const sms = await runAction("participant.create", a.coordinator, {
      dept: a.slug,
      ...person({ phone: undefined }),
    });
    expect(sms).toMatchObject({ fieldErrors: { preferredChannel: [expect.stringContaining("téléphone")] } });
    const mail = await runAction("participant.create", a.coordinator, {
      dept: a.slug,
      ...person({ preferredChannel: "EMAIL" }),
    });
    expect(mail).toMatchObject({ fieldErrors: { preferredChannel: [expect.stringContaining("e-mail")] } });
    const future = await runAction("participant.create", a.coordinator, {
      dept: a.slug,
      ...person({ consentOn: "2999-01-01" }),
    });
    expect(future).toMatchObject({ fieldErrors: { consentOn: [expect.stringContaining("futur")] } });
  });

  it("is refused to other roles, to other groups and in the other department, changing nothing", async () => {
    const { a, b } = world;
    const input = { dept: a.slug, ...person({ lastName: "Intrus" }) };
    await expectRefused(
      "participant.create",
      [
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
        { user: a.facilitator, input: { ...input, groupId: a.otherGroupId }, error: "not_found" },
        { user: a.facilitator, input: { ...input, groupId: b.groupId }, error: "not_found" },
        { user: a.coordinator, input: { ...input, groupId: b.groupId }, error: "not_found" },
      ],
      participantsSnapshot,
    );
  });
});

describe("participant.update", () => {
  it("lets a facilitator edit a person of their group, keeping the coordinator's categories", async () => {
    const { a } = world;
    const result = await runAction("participant.update", a.facilitator, {
      dept: a.slug,
      participantId: extra.formerId,
      ...person({ lastName: "Ancien", firstName: "Paul", consentOn: undefined, preferredChannel: "NONE" }),
    });
    expect(result).toMatchObject({ ok: true });
    const after = await prisma().participant.findUniqueOrThrow({ where: { id: extra.formerId } });
    expect(after).toMatchObject({ firstName: "Paul", publicCategories: ["RSA"], consentAt: null });
    const audit = await auditOf(extra.formerId, "participant.update");
    expect(audit).toMatchObject({ actorId: a.facilitator.id, after: { firstName: "Paul" } });
    expect(audit.before).toHaveProperty("firstName", "Alex");
  });

  it("lets a coordinator change categories: the audit names the change, never the values", async () => {
    const { a } = world;
    const before = await prisma().participant.findUniqueOrThrow({ where: { id: extra.outsiderId } });
    const result = await runAction("participant.update", a.coordinator, {
      dept: a.slug,
      participantId: extra.outsiderId,
      ...person({
        lastName: before.lastName,
        firstName: before.firstName,
        // The consent's day in Paris, as the form shows it (not its UTC day: they differ after 23:00 UTC in winter).
        consentOn: parisToday(before.consentAt!).toISOString().slice(0, 10),
        publicCategories: ["REFUGEE"],
      }),
    });
    expect(result).toMatchObject({ ok: true });
    const after = await prisma().participant.findUniqueOrThrow({ where: { id: extra.outsiderId } });
    // Same consent day: still recorded by whoever recorded it first.
    expect(after).toMatchObject({ publicCategories: ["REFUGEE"], consentAt: before.consentAt });
    const audit = await auditOf(extra.outsiderId, "participant.update");
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/REFUGEE|AAH/);
    expect((audit.after as { changedFields: string[] }).changedFields).toEqual(
      expect.arrayContaining(["publicCategories", "phone"]),
    );
  });

  it("keeps the consent of a current member of a group", async () => {
    const { a } = world;
    const result = await runAction("participant.update", a.coordinator, {
      dept: a.slug,
      participantId: a.participantId,
      ...person({ consentOn: undefined }),
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { consentOn: [expect.stringContaining("sortie")] },
    });
  });

  it("is refused outside the facilitator's groups, to other roles and across departments", async () => {
    const { a, b } = world;
    const input = (participantId: string, dept = a.slug) => ({
      dept,
      participantId,
      ...person({ lastName: "Volé" }),
    });
    await expectRefused(
      "participant.update",
      [
        { user: a.facilitator, input: input(extra.outsiderId), error: "not_found" },
        { user: a.facilitator, input: input(extra.bParticipantId), error: "not_found" },
        { user: a.coordinator, input: input(extra.bParticipantId), error: "not_found" },
        { user: a.coordinator, input: input(extra.bParticipantId, b.slug), error: "not_found" },
        { user: b.coordinator, input: input(a.participantId), error: "not_found" },
        { user: a.decisionMaker, input: input(a.participantId), error: "forbidden" },
        { user: a.participantUser, input: input(a.participantId), error: "forbidden" },
      ],
      participantsSnapshot,
    );
  });
});
