"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { updateDepartmentSettingsAction } from "@/lib/settings/actions";
import type { DepartmentSettings } from "@/lib/settings/department";
import { eurosInputValue } from "@/lib/money";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 border-t border-slate-300 pt-4">
      <legend className="pr-2 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

const AMOUNT = { inputMode: "decimal" } as const;
const WHOLE = { inputMode: "numeric" } as const;

/** The department's own settings; amounts are typed and shown in euros the French way ("15,00"). */
export function DepartmentForm({ dept, settings }: { dept: string; settings: DepartmentSettings }) {
  const t = useTranslations("settings");
  const common = useTranslations("common");
  return (
    <ActionForm
      action={updateDepartmentSettingsAction}
      dept={dept}
      submitLabel={common("save")}
      pendingLabel={common("saving")}
      success={t("saved")}
      testId="department-settings"
    >
      {({ bind }) => {
        // Each setting's label is `department.<name>`, and its hint `department.<name>Hint` when it has one.
        const setting = (
          name: keyof DepartmentSettings,
          value: string,
          props: InputHTMLAttributes<HTMLInputElement> = {},
        ) => {
          const hint = `department.${name}Hint`;
          return (
            <Field
              {...bind(name, value)}
              label={t(`department.${name}`)}
              {...(t.has(hint) && { hint: t(hint) })}
              {...props}
            />
          );
        };
        return (
          <>
            <Group legend={t("department.look")}>
              {setting("accentColor", settings.accentColor, {
                type: "color",
                className:
                  "h-11 w-24 rounded-md border border-slate-500 bg-white p-1 aria-invalid:border-red-700",
              })}
            </Group>
            <Group legend={t("department.money")}>
              {setting("flatIndemnityCents", eurosInputValue(settings.flatIndemnityCents), AMOUNT)}
              {setting("mileageRateCents", eurosInputValue(settings.mileageRateCents), AMOUNT)}
              {setting("yearlyBudgetCents", eurosInputValue(settings.yearlyBudgetCents), AMOUNT)}
            </Group>
            <Group legend={t("department.attestations")}>
              {setting("signatoryName", settings.signatoryName)}
              {setting("signatoryTitle", settings.signatoryTitle)}
            </Group>
            <Group legend={t("department.participation")}>
              {setting("participantLabel", settings.participantLabel, { required: true })}
              {setting("answerDeadlineDays", String(settings.answerDeadlineDays), WHOLE)}
              {setting("mandateMonths", String(settings.mandateMonths), WHOLE)}
              {setting("reminderDaysBefore", settings.reminderDaysBefore.join(", "))}
            </Group>
            <Group legend={t("department.data")}>
              {setting("retentionMonths", String(settings.retentionMonths), WHOLE)}
            </Group>
          </>
        );
      }}
    </ActionForm>
  );
}
