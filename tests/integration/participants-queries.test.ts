import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db";
import { resolveTenant, type TenantContext } from "@/lib/tenancy";
import { getParticipant, listParticipants } from "@/lib/participants/queries";
import { createParticipant, addGroupMember } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { addParticipants } from "@/tests/helpers/participants";

let world: World;
let extra: Awaited<ReturnType<typeof addParticipants>>;
let lonelyId: string;
const ctxOf = async (userId: string, slug = world.a.slug): Promise<TenantContext> =>
  (await resolveTenant(slug, userId))!.ctx;
const all = { sort: "name" as const, page: 1 };

beforeAll(async () => {
  world = await buildWorld();
  extra = await addParticipants(world);
  const departmentId = world.a.id;
  lonelyId = await withTenant({ departmentId }, async (tx) => {
    const lonely = await createParticipant(tx, { departmentId, lastName: "Seul", phone: "+33639980040" });
    // Also in the facilitator's group: must not reveal the other group's name to the facilitator.
    await addGroupMember(tx, { departmentId, groupId: world.a.otherGroupId, participantId: extra.formerId });
    return lonely.id;
  });
});

describe("listing participants", () => {
  it("gives a coordinator every participant of the department, none of the other", async () => {
    const list = await listParticipants(await ctxOf(world.a.coordinator.id), all);
    expect(list.rows.map((r) => r.id).sort()).toEqual(
      [world.a.participantId, extra.outsiderId, extra.formerId, lonelyId].sort(),
    );
  });

  it("gives a facilitator the present and past members of their groups only", async () => {
    const ctx = await ctxOf(world.a.facilitator.id);
    const list = await listParticipants(ctx, all);
    expect(list.rows.map((r) => r.id).sort()).toEqual([world.a.participantId, extra.formerId].sort());
    // Filtering by a group they do not run gives nobody, not the people of both groups.
    expect((await listParticipants(ctx, { ...all, groupId: world.a.otherGroupId })).rows).toEqual([]);
    // Only their own groups are named.
    const former = list.rows.find((r) => r.id === extra.formerId)!;
    expect(former.groupMemberships).toEqual([]);
  });

  it("finds people by name, e-mail or phone as people type it", async () => {
    const ctx = await ctxOf(world.a.coordinator.id);
    expect((await listParticipants(ctx, { ...all, q: "seul" })).rows.map((r) => r.id)).toEqual([lonelyId]);
    expect((await listParticipants(ctx, { ...all, q: "06 39 98 00 40" })).rows.map((r) => r.id)).toEqual([
      lonelyId,
    ]);
    expect((await listParticipants(ctx, { ...all, q: "alex horsgroupe" })).rows.map((r) => r.id)).toEqual([
      extra.outsiderId,
    ]);
  });

  it("searches for LIKE's special characters as plain characters", async () => {
    const ctx = await ctxOf(world.a.coordinator.id);
    expect((await listParticipants(ctx, all)).rows.length).toBeGreaterThan(0);
    // Unescaped, "%" and "_" matched everyone.
    for (const q of ["%", "_", "\\"])
      expect((await listParticipants(ctx, { ...all, q })).rows, q).toEqual([]);
  });

  it("shows no one to decision-makers and participants, even if a page forgot its permission", async () => {
    for (const user of [world.a.decisionMaker, world.a.participantUser]) {
      expect((await listParticipants(await ctxOf(user.id), all)).rows).toEqual([]);
    }
  });
});

describe("reading one participant", () => {
  it("reads public categories for coordinators only: a facilitator's data does not contain them", async () => {
    const coordinator = await getParticipant(await ctxOf(world.a.coordinator.id), extra.formerId);
    expect(coordinator).toMatchObject({ publicCategories: ["RSA"] });
    const facilitator = await getParticipant(await ctxOf(world.a.facilitator.id), extra.formerId);
    expect(facilitator).not.toBeNull();
    expect(facilitator).not.toHaveProperty("publicCategories");
    expect(JSON.stringify(facilitator)).not.toContain("RSA");
    // Their membership history shows their own group only.
    expect(facilitator!.groupMemberships.map((m) => m.group.id)).toEqual([world.a.groupId]);
  });

  it("answers null (a 404) outside the facilitator's groups and across departments", async () => {
    expect(await getParticipant(await ctxOf(world.a.facilitator.id), extra.outsiderId)).toBeNull();
    expect(await getParticipant(await ctxOf(world.a.facilitator.id), lonelyId)).toBeNull();
    expect(await getParticipant(await ctxOf(world.a.coordinator.id), extra.bParticipantId)).toBeNull();
    expect(
      await getParticipant(await ctxOf(world.b.coordinator.id, world.b.slug), world.a.participantId),
    ).toBeNull();
  });
});
