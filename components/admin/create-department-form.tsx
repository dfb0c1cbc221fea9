"use client";

import { useTranslations } from "next-intl";
import { createDepartmentAction } from "@/lib/admin/actions";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

const FIELDS = ["name", "inseeCode", "slug", "coordinatorName", "coordinatorEmail"] as const;
const HINTS: Partial<Record<(typeof FIELDS)[number], string>> = {
  inseeCode: "inseeCodeHint",
  slug: "slugHint",
};

export function CreateDepartmentForm() {
  const t = useTranslations("admin");
  const { state, formAction, errors, value } = useActionForm(createDepartmentAction);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state?.ok && <Notice kind="success">{t("created")}</Notice>}
      {state && !state.ok && <Notice kind="error">{state.message}</Notice>}
      {FIELDS.map((name) => (
        <Field
          key={name}
          name={name}
          type={name === "coordinatorEmail" ? "email" : "text"}
          label={t(name)}
          hint={HINTS[name] && t(HINTS[name])}
          errors={errors(name)}
          defaultValue={value(name)}
          required
        />
      ))}
      <SubmitButton label={t("create")} pendingLabel={t("creating")} />
    </form>
  );
}
