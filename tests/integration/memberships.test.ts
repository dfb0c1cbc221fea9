import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import "@/lib/memberships/actions";
import { createParticipant } from "@/prisma/factories";
import { resolveTenant } from "@/lib/tenancy";
import { candidatesFor } from "@/lib/groups/queries";
import { PEOPLE_SHOWN } from "@/lib/participants/queries";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";

let world: World;
let consenting: string; // a participant of department A not yet in any group
let unconsented: string;

const memberships = (departmentId: string) =>
  prisma().groupMembership.findMany({ where: { departmentId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  world = await buildWorld();
  const departmentId = world.a.id;
  [consenting, unconsented] = await withTenant({ departmentId }, async (tx) => [
    (await createParticipant(tx, { departmentId, firstName: "Inès", lastName: "Roussel" })).id,
    (await createParticipant(tx, { departmentId, consentAt: null, consentTextVersion: null })).id,
  ]);
});

describe("membership.add", () => {
  it("adds a consenting participant with a 24-month mandate by default, audited", async () => {
    const { a } = world;
    const result = await runAction("membership.add", a.coordinator, {
      dept: a.slug,
      groupId: a.groupId,
      participantId: consenting,
      joinedOn: "2026-03-31",
      intakeInterviewOn: "2026-03-20",
      role: "REPRESENTATIVE",
    });
    expect(result).toMatchObject({ ok: true });
    const membership = await prisma().groupMembership.findFirstOrThrow({
      where: { participantId: consenting },
    });
    expect(membership).toMatchObject({ role: "REPRESENTATIVE", exitedOn: null });
    expect(membership.mandateEndsOn.toISOString().slice(0, 10)).toBe("2028-03-31");
    expect(
      await prisma().auditEvent.count({ where: { entityId: membership.id, action: "membership.create" } }),
    ).toBe(1);
  });

  it("refuses someone without recorded consent, or already in the group, at the field", async () => {
    const { a } = world;
    const base = { dept: a.slug, groupId: a.groupId, joinedOn: "2026-04-01" };
    expect(
      await runAction("membership.add", a.coordinator, { ...base, participantId: unconsented }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        participantId: [
          "Le consentement de la personne doit être enregistré avant son inscription dans un groupe.",
        ],
      },
    });
    expect(
      await runAction("membership.add", a.coordinator, { ...base, participantId: consenting }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { participantId: ["Cette personne fait déjà partie du groupe."] },
    });
  });

  it("lets a facilitator add only to their own groups, and nobody across departments", async () => {
    const { a, b } = world;
    const base = { joinedOn: "2026-04-01", participantId: a.participantId };
    await expectRefused(
      "membership.add",
      [
        {
          user: a.facilitator,
          input: { ...base, dept: a.slug, groupId: a.otherGroupId },
          error: "not_found",
        },
        {
          user: a.decisionMaker,
          input: { ...base, dept: a.slug, groupId: a.otherGroupId },
          error: "forbidden",
        },
        {
          user: a.participantUser,
          input: { ...base, dept: a.slug, groupId: a.otherGroupId },
          error: "forbidden",
        },
        {
          user: b.coordinator,
          input: { ...base, dept: a.slug, groupId: a.otherGroupId },
          error: "not_found",
        },
        { user: a.coordinator, input: { ...base, dept: a.slug, groupId: b.groupId }, error: "not_found" },
      ],
      async () => [await memberships(a.id), await memberships(b.id)],
    );
    const allowed = await runAction("membership.add", a.facilitator, {
      ...base,
      dept: a.slug,
      groupId: a.groupId,
      participantId: (
        await withTenant({ departmentId: a.id }, (tx) => createParticipant(tx, { departmentId: a.id }))
      ).id,
    });
    expect(allowed).toMatchObject({ ok: true });
  });
});

describe("the people offered to add to a group", () => {
  it("are found by name among thousands, the first ones listed with a word that there are more", async () => {
    const { a, b } = world;
    const departmentId = a.id;
    const zoe = await withTenant({ departmentId }, (tx) =>
      createParticipant(tx, { departmentId, firstName: "Zoé", lastName: "Rousselot" }),
    );
    await withTenant({ departmentId }, (tx) =>
      tx.participant.createMany({
        data: Array.from({ length: PEOPLE_SHOWN + 5 }, (_, i) => ({
          departmentId,
          firstName: "Aa",
          lastName: `Aaron ${String(i).padStart(3, "0")}`,
          consentAt: new Date(),
          consentTextVersion: "test",
        })),
      }),
    );
    const ctx = (await resolveTenant(a.slug, a.coordinator.id))!.ctx;
    const first = await candidatesFor(ctx, a.otherGroupId);
    expect(first.people).toHaveLength(PEOPLE_SHOWN);
    expect(first.more).toBe(true);
    // Rousselot comes after the fifty-five Aarons: only a search reaches her.
    expect(first.people.map((p) => p.id)).not.toContain(zoe.id);
    const found = await candidatesFor(ctx, a.otherGroupId, "rousselot");
    expect(found).toEqual({ people: [expect.objectContaining({ id: zoe.id })], more: false });
    // The search is the participants list's: words as typed ("%" matches no name).
    expect((await candidatesFor(ctx, a.otherGroupId, "%")).people).toEqual([]);
    // Another department's namesake is never offered.
    await withTenant({ departmentId: b.id }, (tx) =>
      createParticipant(tx, { departmentId: b.id, firstName: "Zoé", lastName: "Rousselot" }),
    );
    expect((await candidatesFor(ctx, a.otherGroupId, "Rousselot")).people.map((p) => p.id)).toEqual([zoe.id]);
  });
});

describe("membership.update and membership.exit", () => {
  async function current() {
    return prisma().groupMembership.findFirstOrThrow({
      where: { participantId: consenting, exitedOn: null },
    });
  }

  it("renews a mandate with the version read, and refuses a stale version", async () => {
    const { a } = world;
    const m = await current();
    const input = {
      dept: a.slug,
      membershipId: m.id,
      version: m.version,
      role: "PRESIDENT",
      mandateEndsOn: "2029-01-31",
    };
    expect(await runAction("membership.update", a.facilitator, input)).toMatchObject({ ok: true });
    expect(await current()).toMatchObject({ role: "PRESIDENT", version: m.version + 1 });
    expect(await runAction("membership.update", a.coordinator, { ...input, role: "MEMBER" })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect((await current()).role).toBe("PRESIDENT");
  });

  it("of two simultaneous changes, exactly one wins", async () => {
    const { a } = world;
    const m = await current();
    const base = { dept: a.slug, membershipId: m.id, version: m.version, mandateEndsOn: "2029-06-30" };
    const results = await Promise.all(
      ["MEMBER", "VICE_PRESIDENT", "REPRESENTATIVE"].map((role) =>
        runAction("membership.update", a.coordinator, { ...base, role }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await current()).version).toBe(m.version + 1);
  });

  it("records a departure and keeps the history", async () => {
    const { a } = world;
    const m = await current();
    const result = await runAction("membership.exit", a.coordinator, {
      dept: a.slug,
      membershipId: m.id,
      version: m.version,
      exitedOn: "2026-10-01",
      exitReason: "Reprise d'un emploi",
      closingInterviewOn: "2026-10-05",
    });
    expect(result).toMatchObject({ ok: true });
    const after = await prisma().groupMembership.findUniqueOrThrow({ where: { id: m.id } });
    expect(after).toMatchObject({ exitReason: "Reprise d'un emploi" });
    expect(after.exitedOn?.toISOString().slice(0, 10)).toBe("2026-10-01");
    // Once left, the membership cannot be changed again.
    expect(
      await runAction("membership.exit", a.coordinator, {
        dept: a.slug,
        membershipId: m.id,
        version: after.version,
        exitedOn: "2026-10-02",
        exitReason: "x",
      }),
    ).toMatchObject({ ok: false, error: "invalid" });
  });

  it("refuses other roles, other groups and the other department, changing nothing", async () => {
    const { a, b } = world;
    const m = await prisma().groupMembership.findFirstOrThrow({
      where: { participantId: a.participantId, exitedOn: null },
    });
    const exit = { membershipId: m.id, version: m.version, exitedOn: "2026-10-01", exitReason: "Forcé" };
    await withTenant({ departmentId: a.id }, (tx) =>
      tx.groupFacilitator.deleteMany({ where: { userId: a.facilitator.id, groupId: m.groupId } }),
    );
    await expectRefused(
      "membership.exit",
      [
        { user: a.facilitator, input: { ...exit, dept: a.slug }, error: "not_found" },
        { user: a.decisionMaker, input: { ...exit, dept: a.slug }, error: "forbidden" },
        { user: a.participantUser, input: { ...exit, dept: a.slug }, error: "forbidden" },
        { user: b.coordinator, input: { ...exit, dept: b.slug }, error: "not_found" },
        { user: b.coordinator, input: { ...exit, dept: a.slug }, error: "not_found" },
      ],
      async () => [await memberships(a.id), await memberships(b.id)],
    );
  });
});
