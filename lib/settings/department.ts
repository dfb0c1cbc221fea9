import type { ActionContext } from "@/lib/actions";
import type { Department } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { DepartmentSettingsInput } from "@/lib/settings/schemas";

// The department's own settings: rates, budget, texts and defaults. The department is the caller's
// (ctx.departmentId); row-level security lets the application see and change no other.

export const DEPARTMENT_SETTINGS = {
  accentColor: true,
  flatIndemnityCents: true,
  mileageRateCents: true,
  yearlyBudgetCents: true,
  signatoryName: true,
  signatoryTitle: true,
  participantLabel: true,
  answerDeadlineDays: true,
  mandateMonths: true,
  reminderDaysBefore: true,
  retentionMonths: true,
} as const;

export type DepartmentSettings = Pick<Department, keyof typeof DEPARTMENT_SETTINGS>;

export async function updateDepartmentSettings(ctx: ActionContext, input: DepartmentSettingsInput) {
  const before = await ctx.tx.department.findUniqueOrThrow({
    where: { id: ctx.departmentId },
    select: DEPARTMENT_SETTINGS,
  });
  await ctx.tx.department.update({ where: { id: ctx.departmentId }, data: input });
  await recordAudit(ctx, {
    action: "department.update",
    entity: "Department",
    entityId: ctx.departmentId,
    before,
    after: input,
  });
  return { id: ctx.departmentId };
}
