import { cache } from "react";
import { withTenant } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";
import { groupScope } from "@/lib/scopes";
import { claimScope } from "@/lib/claims/scope";
import { parisYear } from "@/lib/claims/period";
import { CONSUMING_STATUSES } from "@/lib/claims/workflow";

// A budget is consumed by the claims filed in its year (Paris time) once approved (committed) or
// paid (spent). Facilitators see their groups; coordinators also the department's total against its
// yearly participation budget.

export type GroupBudgetLine = {
  id: string;
  name: string;
  budgetCents: number | null;
  consumedCents: number;
  paidCents: number;
};

// Cached for the request: a page may load it ahead, with its other reads (readTogether).
export const budgetOverview = cache(function budgetOverview(
  ctx: TenantContext,
  year: number,
  groupId?: string,
) {
  return withTenant(ctx, async (tx) => {
    const groups = await tx.group.findMany({
      where: { AND: [groupScope(ctx), groupId ? { id: groupId } : { status: "ACTIVE" }] },
      orderBy: { name: "asc" },
      select: { id: true, name: true, budgets: { where: { year }, select: { amountCents: true } } },
    });
    const sums = await tx.expenseClaim.groupBy({
      by: ["groupId", "status"],
      where: {
        AND: [
          claimScope(ctx),
          {
            groupId: { in: groups.map((g) => g.id) },
            status: { in: CONSUMING_STATUSES },
            createdAt: parisYear(year),
          },
        ],
      },
      _sum: { amountCents: true },
    });
    const sum = (id: string, status?: string) =>
      sums
        .filter((s) => s.groupId === id && (!status || s.status === status))
        .reduce((total, s) => total + (s._sum.amountCents ?? 0), 0);
    const lines: GroupBudgetLine[] = groups.map((g) => ({
      id: g.id,
      name: g.name,
      budgetCents: g.budgets[0]?.amountCents ?? null,
      consumedCents: sum(g.id),
      paidCents: sum(g.id, "PAID"),
    }));
    return { year, lines };
  });
});

/** The department's yearly budget, what its groups were given, and what all claims consumed. */
export function departmentBudget(ctx: TenantContext, year: number) {
  const departmentId = ctx.departmentId;
  return withTenant(ctx, async (tx) => {
    const [department, allocated, consumed] = await Promise.all([
      tx.department.findUniqueOrThrow({ where: { id: departmentId }, select: { yearlyBudgetCents: true } }),
      tx.groupBudget.aggregate({ where: { departmentId, year }, _sum: { amountCents: true } }),
      tx.expenseClaim.aggregate({
        where: { departmentId, status: { in: CONSUMING_STATUSES }, createdAt: parisYear(year) },
        _sum: { amountCents: true },
      }),
    ]);
    return {
      budgetCents: department.yearlyBudgetCents,
      allocatedCents: allocated._sum.amountCents ?? 0,
      consumedCents: consumed._sum.amountCents ?? 0,
    };
  });
}
