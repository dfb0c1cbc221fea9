import { beforeAll, describe, expect, it } from "vitest";
import { resolveTenant } from "@/lib/tenancy";
import { claimFormOptions, getClaim, listClaims, myClaims } from "@/lib/claims/queries";
import "@/lib/claims/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { runAction } from "@/tests/helpers/actions";
import { addClaimsWorld, claimInA, type ClaimsWorld } from "@/tests/helpers/claims";

let world: World;
let extra: ClaimsWorld;
let ids: Record<string, string>;

beforeAll(async () => {
  world = await buildWorld();
  extra = await addClaimsWorld(world);
  const { a } = world;
  const make = async (data: Parameters<typeof claimInA>[1]) => (await claimInA(world, data)).id;
  ids = {
    draft: await make({ createdById: a.facilitator.id, status: "DRAFT", type: "MEAL" }),
    paid: await make({
      createdById: a.facilitator.id,
      status: "PAID",
      type: "MILEAGE",
      km: 10,
      amountCents: 320,
    }),
    elsewhere: await make({
      createdById: a.coordinator.id,
      status: "SUBMITTED",
      type: "CHILDCARE",
      groupId: a.otherGroupId,
      participantId: extra.outsiderId,
    }),
  };
});

const ctxOf = async (user: { id: string }, slug = world.a.slug) => (await resolveTenant(slug, user.id))!.ctx;
const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("the claim form's choices", () => {
  it("asks for the group first, then offers only its people; a facilitator's only group is chosen", async () => {
    const { a, b } = world;
    const coordinator = await ctxOf(a.coordinator);
    const first = await claimFormOptions(coordinator, undefined);
    expect(first.group).toBeNull();
    expect(idsOf(first.groups)).toEqual([a.groupId, a.otherGroupId].sort());
    const other = (await claimFormOptions(coordinator, a.otherGroupId)).group!;
    expect(other.id).toBe(a.otherGroupId);
    expect(idsOf(other.participants)).toEqual([extra.outsiderId]);
    expect(other.mileageRateCents).toBeGreaterThan(0);
    // Another department's group is not one of the caller's: back to the first step.
    expect((await claimFormOptions(coordinator, b.groupId)).group).toBeNull();
    const facilitator = (await claimFormOptions(await ctxOf(a.facilitator), a.otherGroupId)).group!;
    expect(facilitator.id).toBe(a.groupId);
    expect(idsOf(facilitator.participants)).toContain(a.participantId);
    expect(idsOf(facilitator.participants)).not.toContain(extra.outsiderId);
  });
});

describe("who sees which claims", () => {
  it("shows a coordinator every claim of the department, a facilitator those of their groups only", async () => {
    const { a } = world;
    const all = await listClaims(await ctxOf(a.coordinator), { page: 1 });
    expect(idsOf(all.rows)).toEqual(Object.values(ids).sort());
    const facilitator = await ctxOf(a.facilitator);
    expect(idsOf((await listClaims(facilitator, { page: 1 })).rows)).toEqual([ids.draft, ids.paid].sort());
    expect(await getClaim(facilitator, ids.elsewhere!)).toBeNull();
    expect(await getClaim(await ctxOf(a.decisionMaker), ids.paid!)).toBeNull();
    expect(await getClaim(await ctxOf(world.b.coordinator, world.b.slug), ids.paid!)).toBeNull();
  });

  it("filters by stage, type, group and participant's name", async () => {
    const ctx = await ctxOf(world.a.coordinator);
    expect(idsOf((await listClaims(ctx, { page: 1, status: "PAID" })).rows)).toEqual([ids.paid]);
    expect(idsOf((await listClaims(ctx, { page: 1, type: "MEAL" })).rows)).toEqual([ids.draft]);
    expect(idsOf((await listClaims(ctx, { page: 1, groupId: world.a.otherGroupId })).rows)).toEqual([
      ids.elsewhere,
    ]);
    expect(idsOf((await listClaims(ctx, { page: 1, q: "horsgroupe" })).rows)).toEqual([ids.elsewhere]);
    expect((await listClaims(ctx, { page: 1, from: new Date("2999-01-01T00:00:00Z") })).total).toBe(0);
  });

  it("shows a participant their own claims once sent, never drafts nor anyone else's", async () => {
    const mine = await myClaims(await ctxOf(world.a.participantUser));
    expect(idsOf(mine)).toEqual([ids.paid]);
  });

  it("tells a claim's history from the audit trail: what happened, by whom", async () => {
    const { a } = world;
    expect(
      await runAction("claim.submit", a.facilitator, { dept: a.slug, claimId: ids.draft, version: 0 }),
    ).toMatchObject({
      ok: true,
    });
    const claim = await getClaim(await ctxOf(a.coordinator), ids.draft!);
    expect(claim?.history).toEqual([
      {
        id: expect.any(String),
        action: "claim.submit",
        createdAt: expect.any(Date),
        actor: { name: a.facilitator.name },
      },
    ]);
  });
});
