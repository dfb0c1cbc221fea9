import type { ActionContext } from "@/lib/actions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import type { GroupBudgetInput } from "@/lib/budgets/schemas";

/** Sets a group's budget for a year (coordinators): this year's, or next year's ahead of time. */
export async function setGroupBudget(ctx: ActionContext, input: GroupBudgetInput) {
  const { tx, departmentId } = ctx;
  const group = await tx.group.findFirst({
    where: { id: input.groupId, departmentId },
    select: { id: true },
  });
  if (!group) throw notFound();
  const key = { departmentId, groupId: group.id, year: input.year };
  const before = await tx.groupBudget.findUnique({
    where: { departmentId_groupId_year: key },
    select: { amountCents: true },
  });
  const budget = await tx.groupBudget.upsert({
    where: { departmentId_groupId_year: key },
    create: { ...key, amountCents: input.amount },
    update: { amountCents: input.amount },
    select: { id: true },
  });
  await recordAudit(ctx, {
    action: "budget.set",
    entity: "GroupBudget",
    entityId: budget.id,
    before: before ?? undefined,
    after: { ...key, amountCents: input.amount },
  });
  return { id: budget.id };
}
