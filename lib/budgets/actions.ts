"use server";

import { defineAction } from "@/lib/actions";
import { groupBudgetInput } from "@/lib/budgets/schemas";
import { setGroupBudget } from "@/lib/budgets/service";

export const setGroupBudgetAction = defineAction(
  { name: "budget.set", permission: "budgets.manage", input: groupBudgetInput },
  (input, ctx) => setGroupBudget(ctx, input),
);
