import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import "@/lib/staff/actions";
import { resolveTenant } from "@/lib/tenancy";
import { createPartner } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { membershipOf, staffSnapshot } from "@/tests/helpers/staff";

let world: World;
let partnerA: string;
let partnerB: string;
const membership = (id: string) => prisma().membership.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  world = await buildWorld();
  const partnerIn = (departmentId: string) =>
    withTenant({ departmentId }, (tx) => createPartner(tx, { departmentId })).then((p) => p.id);
  [partnerA, partnerB] = [await partnerIn(world.a.id), await partnerIn(world.b.id)];
});

/**
 * The same refusals for every access action on `target`'s membership in A: other roles, the other
 * department, ids of another department or of a participant.
 */
async function expectRefusedEverywhere(name: string, target: string, extra: Record<string, string> = {}) {
  const { a, b } = world;
  const own = { dept: a.slug, membershipId: await membershipOf(a.id, target), ...extra };
  const foreign = { ...own, membershipId: await membershipOf(b.id, b.coordinator.id) };
  const participant = { ...own, membershipId: await membershipOf(a.id, a.participantUser.id) };
  await expectRefused(
    name,
    [
      { user: a.facilitator, input: own, error: "forbidden" },
      { user: a.decisionMaker, input: own, error: "forbidden" },
      { user: a.participantUser, input: own, error: "forbidden" },
      { user: b.coordinator, input: own, error: "not_found" },
      { user: a.coordinator, input: foreign, error: "not_found" },
      { user: a.coordinator, input: { ...foreign, dept: b.slug }, error: "not_found" },
      { user: a.coordinator, input: participant, error: "not_found" },
    ],
    staffSnapshot,
  );
}

describe("staff.changeRole", () => {
  it("lets a coordinator change someone's role and partner, audited with before and after", async () => {
    const { a } = world;
    const id = await membershipOf(a.id, world.twoDepartments.id);
    const input = { dept: a.slug, membershipId: id, role: "FACILITATOR", partnerOrganisationId: partnerA };
    expect(await runAction("staff.changeRole", a.coordinator, input)).toMatchObject({ ok: true });
    expect(await membership(id)).toMatchObject({ role: "FACILITATOR", partnerOrganisationId: partnerA });
    const toCoordinator = { dept: a.slug, membershipId: id, role: "COORDINATOR" };
    expect(await runAction("staff.changeRole", a.coordinator, toCoordinator)).toMatchObject({ ok: true });
    expect(await membership(id)).toMatchObject({ role: "COORDINATOR", partnerOrganisationId: null });
    const audits = await prisma().auditEvent.findMany({
      where: { entityId: id, action: "staff.changeRole" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((e) => [e.before, e.after])).toEqual([
      [
        { role: "FACILITATOR", partnerOrganisationId: null },
        { role: "FACILITATOR", partnerOrganisationId: partnerA },
      ],
      [
        { role: "FACILITATOR", partnerOrganisationId: partnerA },
        { role: "COORDINATOR", partnerOrganisationId: null },
      ],
    ]);
    // The other department's role is its own business.
    expect((await resolveTenant(world.b.slug, world.twoDepartments.id))?.ctx.role).toBe("FACILITATOR");
  });

  it("refuses to change one's own role, or to make a decision-maker of someone who still facilitates", async () => {
    const { a } = world;
    const before = await staffSnapshot();
    const own = {
      dept: a.slug,
      membershipId: await membershipOf(a.id, a.coordinator.id),
      role: "FACILITATOR",
    };
    expect(await runAction("staff.changeRole", a.coordinator, own)).toMatchObject({
      fieldErrors: {
        role: [
          "Vous ne pouvez pas modifier votre propre accès : demandez-le à une autre personne de la coordination.",
        ],
      },
    });
    const facilitator = {
      dept: a.slug,
      membershipId: await membershipOf(a.id, a.facilitator.id),
      role: "DECISION_MAKER",
    };
    expect(await runAction("staff.changeRole", a.coordinator, facilitator)).toMatchObject({
      fieldErrors: {
        role: ["Cette personne anime encore 1 groupe : retirez-la d'abord de l'animation de ces groupes."],
      },
    });
    expect(await staffSnapshot()).toEqual(before);
  });

  it("is refused to other roles, across departments, and with another department's partner", async () => {
    await expectRefusedEverywhere("staff.changeRole", world.a.decisionMaker.id, { role: "COORDINATOR" });
    const { a } = world;
    await expectRefused(
      "staff.changeRole",
      [
        {
          user: a.coordinator,
          input: {
            dept: a.slug,
            membershipId: await membershipOf(a.id, a.facilitator.id),
            role: "FACILITATOR",
            partnerOrganisationId: partnerB,
          },
          error: "not_found",
        },
      ],
      staffSnapshot,
    );
  });
});

describe("staff.disable and staff.enable", () => {
  it("closes the department to the person at once, and opens it again", async () => {
    const { a } = world;
    const id = await membershipOf(a.id, a.decisionMaker.id);
    const input = { dept: a.slug, membershipId: id };
    expect(await resolveTenant(a.slug, a.decisionMaker.id)).not.toBeNull();

    expect(await runAction("staff.disable", a.coordinator, input)).toMatchObject({ ok: true });
    expect((await membership(id)).disabledAt).toBeInstanceOf(Date);
    expect(await resolveTenant(a.slug, a.decisionMaker.id)).toBeNull();
    expect(await runAction("staff.disable", a.coordinator, input)).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect(await runAction("staff.resendInvitation", a.coordinator, input)).toMatchObject({
      fieldErrors: { _form: ["L'accès de cette personne est désactivé : rétablissez-le d'abord."] },
    });

    expect(await runAction("staff.enable", a.coordinator, input)).toMatchObject({ ok: true });
    expect((await membership(id)).disabledAt).toBeNull();
    expect((await resolveTenant(a.slug, a.decisionMaker.id))?.ctx.role).toBe("DECISION_MAKER");
    expect(
      await prisma().auditEvent.findMany({
        where: { entityId: id, action: { in: ["staff.disable", "staff.enable"] } },
        orderBy: { createdAt: "asc" },
        select: { action: true, actorId: true },
      }),
    ).toEqual([
      { action: "staff.disable", actorId: a.coordinator.id },
      { action: "staff.enable", actorId: a.coordinator.id },
    ]);
  });

  it("leaves the person's access to another department untouched", async () => {
    const { a, b } = world;
    const input = { dept: b.slug, membershipId: await membershipOf(b.id, world.twoDepartments.id) };
    expect(await runAction("staff.disable", b.coordinator, input)).toMatchObject({ ok: true });
    expect(await resolveTenant(b.slug, world.twoDepartments.id)).toBeNull();
    expect(await resolveTenant(a.slug, world.twoDepartments.id)).not.toBeNull();
    expect(await runAction("staff.enable", b.coordinator, input)).toMatchObject({ ok: true });
  });

  it("refuses to disable oneself", async () => {
    const { a } = world;
    const before = await staffSnapshot();
    const input = { dept: a.slug, membershipId: await membershipOf(a.id, a.coordinator.id) };
    expect(await runAction("staff.disable", a.coordinator, input)).toMatchObject({
      fieldErrors: { _form: [expect.stringContaining("propre accès")] },
    });
    expect(await staffSnapshot()).toEqual(before);
  });

  it("are refused to other roles and across departments, changing nothing", async () => {
    await expectRefusedEverywhere("staff.disable", world.a.decisionMaker.id);
    const { a } = world;
    const target = world.twoDepartments.id;
    await runAction("staff.disable", a.coordinator, {
      dept: a.slug,
      membershipId: await membershipOf(a.id, target),
    });
    await expectRefusedEverywhere("staff.enable", target);
  });
});
