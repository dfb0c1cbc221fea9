"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setPasswordAction } from "@/lib/auth/actions";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(setPasswordAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state?.expired && <Notice kind="error">{t("invitation.expired")}</Notice>}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <Field
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("invitation.password")}
        hint={t("invitation.passwordHint")}
        errors={state?.fieldErrors?.password}
        required
      />
      <Field
        name="confirm"
        type="password"
        autoComplete="new-password"
        label={t("invitation.confirm")}
        errors={state?.fieldErrors?.confirm}
        required
      />
      <SubmitButton label={t("invitation.submit")} pendingLabel={t("common.saving")} />
    </form>
  );
}
