import { z } from "zod";
import { PartnerKind, TerritoryKind } from "@/lib/generated/prisma/enums";
import { euros, id, optionalEmail, optionalPhone, optionalText, reminderDays, text } from "@/lib/validation";
import { contrastWithWhite, MIN_CONTRAST_WITH_WHITE } from "@/lib/settings/accent-color";

export const territoryInput = z.object({ name: text(100), kind: z.enum(TerritoryKind) });
export type TerritoryInput = z.infer<typeof territoryInput>;

export const updateTerritoryInput = territoryInput.extend({ territoryId: id() });
export type UpdateTerritoryInput = z.infer<typeof updateTerritoryInput>;

export const partnerInput = z.object({
  name: text(120),
  kind: z.enum(PartnerKind),
  email: optionalEmail(),
  phone: optionalPhone(),
  address: optionalText(300),
});
export type PartnerInput = z.infer<typeof partnerInput>;

export const updatePartnerInput = partnerInput.extend({ partnerId: id() });
export type UpdatePartnerInput = z.infer<typeof updatePartnerInput>;

/** A whole number typed in a form field, within bounds. */
const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** An amount typed in euros, as cents, at most `maxEuros` (the message speaks euros, not cents). */
const amount = (maxEuros: number) =>
  euros().superRefine((cents, ctx) => {
    if (cents > maxEuros * 100)
      ctx.addIssue({ code: "too_big", origin: "number", maximum: maxEuros, inclusive: true, input: cents });
  });

/** The department's own settings; its name, code and address (slug) are the platform's. */
export const departmentSettingsInput = z.object({
  accentColor: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, { message: "validation.color", abort: true })
    .refine((c) => contrastWithWhite(c) >= MIN_CONTRAST_WITH_WHITE, { message: "validation.colorContrast" }),
  flatIndemnityCents: amount(1_000),
  mileageRateCents: amount(10),
  // Int cents: 20 million euros stays well inside PostgreSQL's integer.
  yearlyBudgetCents: amount(20_000_000),
  signatoryName: optionalText(100).transform((v) => v ?? ""),
  signatoryTitle: optionalText(150).transform((v) => v ?? ""),
  participantLabel: text(40),
  answerDeadlineDays: count(1, 365),
  mandateMonths: count(1, 72),
  reminderDaysBefore: reminderDays(),
  retentionMonths: count(6, 120),
});
export type DepartmentSettingsInput = z.infer<typeof departmentSettingsInput>;
