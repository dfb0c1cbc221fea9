import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import type { ActionContext } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { changeStaffRole, disableStaff } from "@/lib/staff/access";
import { resolveTenant } from "@/lib/tenancy";
import "@/lib/staff/actions";
import { buildWorld, type TestUser, type World } from "@/tests/helpers/world";
import { runAction } from "@/tests/helpers/actions";
import { membershipOf } from "@/tests/helpers/staff";

// Two coordinators acting on each other at the same instant, both already past the authorization
// check: without the lock every staff change takes (lib/staff/access.ts), both would see the other
// still active and the department would keep no coordinator.

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

const activeCoordinators = (departmentId: string) =>
  prisma().membership.count({ where: { departmentId, role: "COORDINATOR", disabledAt: null } });

/** Runs `change` as `user` in `slug`, the way defineAction would once the caller is verified. */
async function actingAs<T>(user: TestUser, slug: string, change: (ctx: ActionContext) => Promise<T>) {
  const { ctx } = (await resolveTenant(slug, user.id))!;
  return () => withTenant(ctx, (tx) => change({ ...ctx, tx }));
}

async function expectOneRefused(changes: (() => Promise<unknown>)[], field: string) {
  const results = await Promise.allSettled(changes.map((change) => change()));
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  const refused = results.find((r) => r.status === "rejected")?.reason;
  expect(refused).toBeInstanceOf(AppError);
  expect(refused).toMatchObject({
    code: "invalid",
    fieldIssues: { [field]: [{ key: "validation.lastCoordinator" }] },
  });
}

describe("the last active coordinator", () => {
  it("cannot be disabled, even when two coordinators disable each other at once", async () => {
    const { b, twoDepartments } = world;
    const secondId = await membershipOf(b.id, twoDepartments.id);
    const promoted = { dept: b.slug, membershipId: secondId, role: "COORDINATOR" };
    expect(await runAction("staff.changeRole", b.coordinator, promoted)).toMatchObject({ ok: true });
    expect(await activeCoordinators(b.id)).toBe(2);
    const firstId = await membershipOf(b.id, b.coordinator.id);
    await expectOneRefused(
      [
        await actingAs(b.coordinator, b.slug, (ctx) => disableStaff(ctx, { membershipId: secondId })),
        await actingAs(twoDepartments, b.slug, (ctx) => disableStaff(ctx, { membershipId: firstId })),
      ],
      "_form",
    );
    expect(await activeCoordinators(b.id)).toBe(1);
  });

  it("cannot be demoted, even when two coordinators demote each other at once", async () => {
    const { a } = world;
    expect(await activeCoordinators(a.id)).toBe(2);
    const demote = (membershipId: string) => ({
      membershipId,
      role: "FACILITATOR" as const,
      partnerOrganisationId: null,
    });
    const [first, second] = [
      await membershipOf(a.id, a.coordinator.id),
      await membershipOf(a.id, a.coordinator2.id),
    ];
    await expectOneRefused(
      [
        await actingAs(a.coordinator, a.slug, (ctx) => changeStaffRole(ctx, demote(second))),
        await actingAs(a.coordinator2, a.slug, (ctx) => changeStaffRole(ctx, demote(first))),
      ],
      "role",
    );
    expect(await activeCoordinators(a.id)).toBe(1);
  });
});
