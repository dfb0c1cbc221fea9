"use client";

import { useTranslations } from "next-intl";
import { setGroupBudgetAction } from "@/lib/budgets/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, Select, type Option } from "@/components/ui/field";

/** Gives a group its budget for a year (coordinators). */
export function BudgetForm({ dept, groups, year }: { dept: string; groups: Option[]; year: number }) {
  const t = useTranslations("budgets.set");
  const common = useTranslations("common");
  return (
    <ActionForm
      action={setGroupBudgetAction}
      dept={dept}
      submitLabel={t("submit")}
      pendingLabel={common("saving")}
      success={t("saved")}
      testId="budget-form"
    >
      {({ bind }) => (
        <>
          <Select {...bind("groupId")} label={t("group")} placeholder={t("chooseGroup")} options={groups} />
          <Field {...bind("year", String(year))} type="number" inputMode="numeric" label={t("year")} />
          <Field {...bind("amount")} inputMode="decimal" label={t("amount")} hint={t("amountHint")} />
        </>
      )}
    </ActionForm>
  );
}
