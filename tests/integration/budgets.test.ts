import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import "@/lib/budgets/actions";
import { budgetOverview, departmentBudget } from "@/lib/budgets/queries";
import { resolveTenant } from "@/lib/tenancy";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { addClaimsWorld, claimInA, claimsSnapshot, type ClaimsWorld } from "@/tests/helpers/claims";

let world: World;
let extra: ClaimsWorld;

beforeAll(async () => {
  world = await buildWorld();
  extra = await addClaimsWorld(world);
});

const ctxOf = async (user: { id: string }, slug: string) => (await resolveTenant(slug, user.id))!.ctx;

describe("budget.set", () => {
  it("lets a coordinator give a group its budget for a year, and change it, audited", async () => {
    const { a } = world;
    const input = { dept: a.slug, groupId: a.groupId, year: "2027", amount: "5 500" };
    expect(await runAction("budget.set", a.coordinator, input)).toMatchObject({ ok: true });
    expect(await runAction("budget.set", a.coordinator, { ...input, amount: "6000,50" })).toMatchObject({
      ok: true,
    });
    const budget = await prisma().groupBudget.findFirstOrThrow({ where: { groupId: a.groupId, year: 2027 } });
    expect(budget.amountCents).toBe(600_050);
    expect(await prisma().auditEvent.count({ where: { action: "budget.set", entityId: budget.id } })).toBe(2);
  });

  it("refuses facilitators, other roles and other departments' groups", async () => {
    const { a, b } = world;
    const input = (groupId: string, dept = a.slug) => ({ dept, groupId, year: "2027", amount: "1" });
    await expectRefused(
      "budget.set",
      [
        { user: a.facilitator, input: input(a.groupId), error: "forbidden" },
        { user: a.decisionMaker, input: input(a.groupId), error: "forbidden" },
        { user: a.participantUser, input: input(a.groupId), error: "forbidden" },
        { user: b.coordinator, input: input(a.groupId), error: "not_found" },
        { user: b.coordinator, input: input(a.groupId, b.slug), error: "not_found" },
        { user: a.coordinator, input: input(b.groupId), error: "not_found" },
      ],
      claimsSnapshot,
    );
  });
});

describe("budget consumption", () => {
  it("counts approved and paid claims of the year, against each group's budget and the department's", async () => {
    const { a } = world;
    await withTenant({ departmentId: a.id }, async (tx) => {
      await tx.groupBudget.create({
        data: { departmentId: a.id, groupId: a.groupId, year: 2026, amountCents: 200_000 },
      });
      await tx.department.update({ where: { id: a.id }, data: { yearlyBudgetCents: 700_000 } });
    });
    const at = (iso: string) => new Date(iso);
    const claim = (
      status: "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED" | "PAID",
      amountCents: number,
      createdAt: Date,
      groupId = a.groupId,
      participantId = a.participantId,
    ) =>
      claimInA(world, {
        createdById: a.facilitator.id,
        status,
        amountCents,
        createdAt,
        groupId,
        participantId,
      });
    await claim("APPROVED", 1_000, at("2026-02-01T10:00:00Z"));
    await claim("PAID", 2_550, at("2026-06-01T10:00:00Z"));
    await claim("PAID", 300, at("2025-12-31T23:30:00Z")); // already 2026 in Paris
    await claim("PAID", 9_999, at("2025-12-31T22:30:00Z")); // still 2025 in Paris
    await claim("SUBMITTED", 4_000, at("2026-03-01T10:00:00Z"));
    await claim("REJECTED", 4_000, at("2026-03-01T10:00:00Z"));
    await claim("PAID", 700, at("2026-03-01T10:00:00Z"), a.otherGroupId, extra.outsiderId);

    const facilitator = await budgetOverview(await ctxOf(a.facilitator, a.slug), 2026);
    expect(facilitator.lines).toEqual([
      {
        id: a.groupId,
        name: expect.any(String),
        budgetCents: 200_000,
        consumedCents: 3_850,
        paidCents: 2_850,
      },
    ]);
    const coordinator = await budgetOverview(await ctxOf(a.coordinator, a.slug), 2026);
    expect(coordinator.lines.map((l) => l.consumedCents).sort((x, y) => x - y)).toEqual([700, 3_850]);
    expect(await departmentBudget(await ctxOf(a.coordinator, a.slug), 2026)).toEqual({
      budgetCents: 700_000,
      allocatedCents: 200_000,
      consumedCents: 4_550,
    });
  });
});
