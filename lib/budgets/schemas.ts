import { z } from "zod";
import { euros, id } from "@/lib/validation";

const count = (max: number) => z.coerce.number().int().min(0).max(max);
const money = () => euros().refine((c) => c <= 100_000_00, { message: "validation.forecastAmountMax" });

/** The forecast form (a GET form: the figures are in the address, so an estimate can be shared). */
export const forecastInput = z.object({
  convivialityPerMeeting: money(),
  mealPerPerson: money(),
  travelPerPerson: money(),
  meetingsPerYear: count(366),
  members: count(1000),
});

export const groupBudgetInput = z.object({
  groupId: id(),
  year: z.coerce.number().int().min(2000).max(2100),
  amount: euros().refine((c) => c <= 100_000_000, { message: "validation.budgetMax" }),
});
export type GroupBudgetInput = z.output<typeof groupBudgetInput>;
