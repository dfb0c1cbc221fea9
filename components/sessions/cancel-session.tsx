"use client";

import { useTranslations } from "next-intl";
import { CalendarX } from "lucide-react";
import { cancelSessionAction } from "@/lib/sessions/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/** Cancelling asks first and says that every invitee who can be contacted will be told. */
export function CancelSession({
  dept,
  sessionId,
  version,
}: {
  dept: string;
  sessionId: string;
  version: number;
}) {
  const t = useTranslations("sessions.cancel");
  const { state, formAction, fieldsKey, errors, value } = useActionForm(cancelSessionAction);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate data-testid="cancel-session">
      {state && !state.ok && (
        <Notice kind="error">{state.fieldErrors?._form?.join(" ") ?? state.message}</Notice>
      )}
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="version" value={version} />
      <Field
        key={fieldsKey}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        errors={errors("reason")}
        defaultValue={value("reason")}
        required
      />
      <div>
        <ConfirmButton
          label={t("button")}
          question={t("question")}
          confirmLabel={t("confirm")}
          cancelLabel={t("keep")}
          icon={<CalendarX aria-hidden className="size-5" />}
        />
      </div>
    </form>
  );
}
