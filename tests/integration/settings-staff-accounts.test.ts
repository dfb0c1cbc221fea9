import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import "@/lib/staff/actions";
import { createStaff } from "@/lib/staff/accounts";
import { resolveTenant } from "@/lib/tenancy";
import { addMembership, createPartner, createUser } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { membershipOf, staffSnapshot } from "@/tests/helpers/staff";

let world: World;
let partnerA: string;
let partnerB: string;
/** Works for department B only, and has chosen a password there. */
let elsewhere: { id: string; email: string };

beforeAll(async () => {
  world = await buildWorld();
  const partnerIn = (departmentId: string) =>
    withTenant({ departmentId }, (tx) => createPartner(tx, { departmentId })).then((p) => p.id);
  [partnerA, partnerB] = [await partnerIn(world.a.id), await partnerIn(world.b.id)];
  const user = await createUser(prisma(), { passwordHash: "argon2-hash" });
  const departmentId = world.b.id;
  await withTenant({ departmentId }, (tx) =>
    addMembership(tx, { departmentId, userId: user.id, role: "COORDINATOR" }),
  );
  elsewhere = { id: user.id, email: user.email! };
});

const invitationsTo = (departmentId: string, recipient: string) =>
  prisma().outboxMessage.findMany({ where: { departmentId, recipient, template: "staff-invitation" } });

describe("staff.create", () => {
  it("creates an account without password, its membership, a one-time link by email and an audit event", async () => {
    const { a } = world;
    const result = await runAction("staff.create", a.coordinator, {
      dept: a.slug,
      name: "Samia Haddad",
      email: "S.Haddad@Centre.example",
      role: "FACILITATOR",
      partnerOrganisationId: partnerA,
    });
    expect(result).toMatchObject({ ok: true });
    const user = await prisma().user.findUniqueOrThrow({ where: { email: "s.haddad@centre.example" } });
    expect(user).toMatchObject({ name: "Samia Haddad", passwordHash: null });
    const membership = await prisma().membership.findUniqueOrThrow({
      where: { departmentId_userId: { departmentId: a.id, userId: user.id } },
    });
    expect(membership).toMatchObject({
      role: "FACILITATOR",
      partnerOrganisationId: partnerA,
      disabledAt: null,
    });
    const department = await prisma().department.findUniqueOrThrow({ where: { id: a.id } });
    const [message] = await invitationsTo(a.id, "s.haddad@centre.example");
    expect(message).toMatchObject({ channel: "EMAIL", status: "PENDING" });
    expect(message!.payload).toMatchObject({ departmentName: department.name, hasPassword: false });
    expect((message!.payload as { url: string }).url).toMatch(/\/invitation\/[\w-]{43}$/);
    expect(await prisma().oneTimeCode.count({ where: { userId: user.id, purpose: "SET_PASSWORD" } })).toBe(1);
    expect(
      await prisma().auditEvent.count({
        where: { entityId: membership.id, action: "staff.create", actorId: a.coordinator.id },
      }),
    ).toBe(1);
    expect((await resolveTenant(a.slug, user.id))?.ctx.role).toBe("FACILITATOR");
  });

  it("adds someone who works for another council to this department, without touching their account", async () => {
    const { a, b } = world;
    const before = await prisma().user.findUniqueOrThrow({ where: { id: elsewhere.id } });
    const result = await runAction("staff.create", a.coordinator, {
      dept: a.slug,
      name: "Autre nom",
      email: elsewhere.email.toUpperCase(),
      role: "DECISION_MAKER",
    });
    expect(result).toMatchObject({ ok: true, data: { id: await membershipOf(a.id, elsewhere.id) } });
    expect(await prisma().user.findUniqueOrThrow({ where: { id: elsewhere.id } })).toEqual(before);
    expect(await prisma().oneTimeCode.count({ where: { userId: elsewhere.id } })).toBe(0);
    // They already have a password: the email only says they were added, and names no other department.
    const [message] = await invitationsTo(a.id, elsewhere.email);
    expect(message!.payload).toEqual({
      departmentName: (await prisma().department.findUniqueOrThrow({ where: { id: a.id } })).name,
      url: "",
      hasPassword: true,
    });
    expect((await resolveTenant(a.slug, elsewhere.id))?.ctx.role).toBe("DECISION_MAKER");
    expect((await resolveTenant(b.slug, elsewhere.id))?.ctx.role).toBe("COORDINATOR");
  });

  it("says at the field when the person already has access here, writing nothing", async () => {
    const { a } = world;
    const before = await staffSnapshot();
    const result = await runAction("staff.create", a.coordinator, {
      dept: a.slug,
      name: "Double",
      email: a.participantUser.email,
      role: "FACILITATOR",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Cette adresse e-mail a déjà un accès à ce département."] },
    });
    expect(await staffSnapshot()).toEqual(before);
  });

  it("explains wrong input in French", async () => {
    const { a } = world;
    const result = await runAction("staff.create", a.coordinator, {
      dept: a.slug,
      email: "pas-une-adresse",
      role: "PARTICIPANT",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: {
        name: ["Ce champ est obligatoire."],
        email: ["Saisissez une adresse e-mail valable, par exemple nom@exemple.fr."],
        role: ["Choisissez une des valeurs proposées."],
      },
    });
    const partnered = await runAction("staff.create", a.coordinator, {
      dept: a.slug,
      name: "Élu",
      email: "elu@exemple.fr",
      role: "DECISION_MAKER",
      partnerOrganisationId: partnerA,
    });
    expect(partnered).toMatchObject({
      fieldErrors: {
        partnerOrganisationId: [
          "Seules les personnes qui animent des groupes peuvent être rattachées à un partenaire.",
        ],
      },
    });
  });

  it("writes the invitation in the action's transaction: rolled back, nothing is sent", async () => {
    const { a } = world;
    const ctx = (await resolveTenant(a.slug, a.coordinator.id))!.ctx;
    const before = await staffSnapshot();
    const failing = withTenant(ctx, async (tx) => {
      await createStaff(
        { ...ctx, tx },
        { name: "Annulée", email: "annulee@exemple.fr", role: "FACILITATOR", partnerOrganisationId: null },
      );
      expect(await tx.outboxMessage.count({ where: { recipient: "annulee@exemple.fr" } })).toBe(1);
      throw new Error("a later step fails");
    });
    await expect(failing).rejects.toThrow("a later step fails");
    expect(await staffSnapshot()).toEqual(before);
  });

  it("is refused to other roles, to the other department, and with another department's partner", async () => {
    const { a, b } = world;
    const input = { dept: a.slug, name: "Intrus", email: "intrus@exemple.fr", role: "COORDINATOR" };
    await expectRefused(
      "staff.create",
      [
        { user: a.facilitator, input, error: "forbidden" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
        {
          user: a.coordinator,
          input: { ...input, role: "FACILITATOR", partnerOrganisationId: partnerB },
          error: "not_found",
        },
      ],
      staffSnapshot,
    );
  });
});

describe("staff.resendInvitation", () => {
  it("sends a new link to someone who has not chosen a password yet, audited", async () => {
    const { a } = world;
    const user = await prisma().user.findUniqueOrThrow({ where: { email: "s.haddad@centre.example" } });
    const membershipId = await membershipOf(a.id, user.id);
    const result = await runAction("staff.resendInvitation", a.coordinator, { dept: a.slug, membershipId });
    expect(result).toMatchObject({ ok: true });
    expect(await prisma().oneTimeCode.count({ where: { userId: user.id, purpose: "SET_PASSWORD" } })).toBe(2);
    expect(await invitationsTo(a.id, user.email!)).toHaveLength(2);
    expect(
      await prisma().auditEvent.count({
        where: { entityId: membershipId, action: "staff.resendInvitation" },
      }),
    ).toBe(1);
  });

  it("says that someone who has a password needs no invitation", async () => {
    const { a } = world;
    const membershipId = await membershipOf(a.id, a.facilitator.id);
    const before = await staffSnapshot();
    expect(
      await runAction("staff.resendInvitation", a.coordinator, { dept: a.slug, membershipId }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { _form: ["Cette personne a déjà choisi son mot de passe : elle peut se connecter."] },
    });
    expect(await staffSnapshot()).toEqual(before);
  });

  it("is refused to other roles, to the other department, and for a participant's or another department's membership", async () => {
    const { a, b } = world;
    const user = await prisma().user.findUniqueOrThrow({ where: { email: "s.haddad@centre.example" } });
    const own = { dept: a.slug, membershipId: await membershipOf(a.id, user.id) };
    await expectRefused(
      "staff.resendInvitation",
      [
        { user: a.facilitator, input: own, error: "forbidden" },
        { user: a.decisionMaker, input: own, error: "forbidden" },
        { user: a.participantUser, input: own, error: "forbidden" },
        { user: b.coordinator, input: own, error: "not_found" },
        { user: b.coordinator, input: { ...own, dept: b.slug }, error: "not_found" },
        {
          user: a.coordinator,
          input: { dept: a.slug, membershipId: await membershipOf(b.id, b.coordinator.id) },
          error: "not_found",
        },
        {
          user: a.coordinator,
          input: { dept: a.slug, membershipId: await membershipOf(a.id, a.participantUser.id) },
          error: "not_found",
        },
      ],
      staffSnapshot,
    );
  });
});
