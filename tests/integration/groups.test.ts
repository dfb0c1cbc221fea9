import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resolveTenant } from "@/lib/tenancy";
import { listGroups } from "@/lib/groups/queries";
import "@/lib/groups/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";

let world: World;
const groupsOf = (departmentId: string) =>
  prisma().group.findMany({
    where: { departmentId },
    orderBy: { id: "asc" },
    include: { facilitators: true, budgets: true },
  });

beforeAll(async () => {
  world = await buildWorld();
});

function newGroup(dept: string, extra: Record<string, unknown> = {}) {
  return {
    dept,
    name: "Groupe ressource Bocage",
    kind: "TERRITORIAL_GROUP",
    budget: "5 500,00",
    targetSize: "15",
    ...extra,
  };
}

describe("group.create", () => {
  it("creates a group with its facilitators and this year's budget, audited", async () => {
    const { a } = world;
    const result = await runAction(
      "group.create",
      a.coordinator,
      newGroup(a.slug, {
        territoryId: a.territoryId,
        facilitatorUserIds: [a.facilitator.id, a.coordinator.id],
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const group = await prisma().group.findUniqueOrThrow({
      where: { id },
      include: { facilitators: true, budgets: true },
    });
    expect(group).toMatchObject({
      name: "Groupe ressource Bocage",
      targetSize: 15,
      territoryId: a.territoryId,
    });
    expect(group.facilitators.map((f) => f.userId).sort()).toEqual(
      [a.facilitator.id, a.coordinator.id].sort(),
    );
    expect(group.budgets).toMatchObject([{ year: new Date().getUTCFullYear(), amountCents: 550_000 }]);
    expect(await prisma().auditEvent.count({ where: { entityId: id, action: "group.create" } })).toBe(1);
    // The new facilitator sees the group at once.
    expect((await resolveTenant(a.slug, a.facilitator.id))?.ctx.groupIds).toContain(id);
  });

  it("refuses another department's territory or staff as a field error", async () => {
    const { a, b } = world;
    const result = await runAction(
      "group.create",
      a.coordinator,
      newGroup(a.slug, { territoryId: b.territoryId, facilitatorUserIds: [b.coordinator.id] }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        territoryId: ["Choisissez une des valeurs proposées."],
        facilitatorUserIds: ["Choisissez une des valeurs proposées."],
      },
    });
  });

  it("is refused to other roles and in the other department", async () => {
    const { a, b } = world;
    const input = newGroup(a.slug, { name: "Intrus" });
    await expectRefused(
      "group.create",
      [
        { user: a.facilitator, input, error: "forbidden" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
      ],
      async () => [await groupsOf(a.id), await groupsOf(b.id)],
    );
  });
});

describe("group.update, group.archive, group.reopen", () => {
  it("edits a group, replacing its facilitators", async () => {
    const { a } = world;
    const result = await runAction("group.update", a.coordinator, {
      ...newGroup(a.slug, { name: "Groupe renommé", budget: "12,5" }),
      groupId: a.otherGroupId,
      facilitatorUserIds: a.facilitator.id,
    });
    expect(result).toMatchObject({ ok: true });
    const group = await prisma().group.findUniqueOrThrow({
      where: { id: a.otherGroupId },
      include: { facilitators: true, budgets: true },
    });
    expect(group.name).toBe("Groupe renommé");
    expect(group.facilitators.map((f) => f.userId)).toEqual([a.facilitator.id]);
    expect(group.budgets[0]?.amountCents).toBe(1250);
  });

  it("archives then reopens, each once, audited", async () => {
    const { a } = world;
    expect(
      await runAction("group.archive", a.coordinator, { dept: a.slug, groupId: a.otherGroupId }),
    ).toMatchObject({ ok: true });
    expect((await prisma().group.findUniqueOrThrow({ where: { id: a.otherGroupId } })).status).toBe(
      "ARCHIVED",
    );
    // A second archive changes nothing and writes no second event.
    await runAction("group.archive", a.coordinator, { dept: a.slug, groupId: a.otherGroupId });
    expect(
      await prisma().auditEvent.count({ where: { entityId: a.otherGroupId, action: "group.archive" } }),
    ).toBe(1);
    const ctx = (await resolveTenant(a.slug, a.coordinator.id))!.ctx;
    expect((await listGroups(ctx, { page: 1 })).rows.map((g) => g.id)).not.toContain(a.otherGroupId);
    expect(
      await runAction("group.reopen", a.coordinator, { dept: a.slug, groupId: a.otherGroupId }),
    ).toMatchObject({ ok: true });
    expect((await prisma().group.findUniqueOrThrow({ where: { id: a.otherGroupId } })).status).toBe("ACTIVE");
  });

  it("cannot touch another department's group, nor let a facilitator edit their own", async () => {
    const { a, b } = world;
    const snapshot = async () => [await groupsOf(a.id), await groupsOf(b.id)];
    await expectRefused(
      "group.update",
      [
        { user: a.coordinator, input: { ...newGroup(a.slug), groupId: b.groupId }, error: "not_found" },
        { user: a.coordinator, input: { ...newGroup(b.slug), groupId: b.groupId }, error: "not_found" },
        { user: a.facilitator, input: { ...newGroup(a.slug), groupId: a.groupId }, error: "forbidden" },
      ],
      snapshot,
    );
    await expectRefused(
      "group.archive",
      [
        { user: a.coordinator, input: { dept: a.slug, groupId: b.groupId }, error: "not_found" },
        { user: a.facilitator, input: { dept: a.slug, groupId: a.groupId }, error: "forbidden" },
        { user: a.decisionMaker, input: { dept: a.slug, groupId: a.groupId }, error: "forbidden" },
      ],
      snapshot,
    );
  });
});

describe("the groups list", () => {
  it("shows a facilitator only the groups they facilitate, and filters by search and kind", async () => {
    const { a } = world;
    const facilitator = (await resolveTenant(a.slug, a.facilitator.id))!.ctx;
    const coordinator = (await resolveTenant(a.slug, a.coordinator.id))!.ctx;
    const mine = (await listGroups(facilitator, { page: 1 })).rows.map((g) => g.id);
    expect(mine.sort()).toEqual(facilitator.groupIds.sort());
    const renamed = await listGroups(coordinator, { page: 1, q: "renommé" });
    expect(renamed.rows.map((g) => g.id)).toEqual([a.otherGroupId]);
    expect((await listGroups(coordinator, { page: 1, kind: "WORKSHOP" })).total).toBe(0);
  });
});
