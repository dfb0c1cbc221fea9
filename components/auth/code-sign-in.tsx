"use client";

import { useActionState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { KeyRound, Send } from "lucide-react";
import { requestSignInCodeAction } from "@/lib/auth/actions";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useSignIn } from "@/components/auth/use-sign-in";

/** Participants: type a phone number or an email address, receive a 6-digit code, type it. */
export function CodeSignIn() {
  const t = useTranslations("login");
  const [asked, ask] = useActionState(requestSignInCodeAction, null);
  const { problem, pending, submit } = useSignIn("code");
  const recipient = asked?.recipient ?? "";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit({ recipient, code: String(new FormData(event.currentTarget).get("code") ?? "").trim() });
  }

  if (asked?.sent) {
    return (
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <Notice kind="info">{t("codeSent", { recipient })}</Notice>
        {problem && (
          <Notice kind="error" testId="code-error">
            {t(problem === "invalid" ? "codeInvalid" : problem)}
          </Notice>
        )}
        <Field
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
        />
        <Button type="submit" disabled={pending}>
          <KeyRound aria-hidden className="size-5" />
          {pending ? t("submitting") : t("codeSubmit")}
        </Button>
      </form>
    );
  }
  return (
    <form action={ask} className="flex flex-col gap-4" noValidate>
      {asked?.error && <Notice kind="error">{asked.error}</Notice>}
      <Field
        name="recipient"
        label={t("recipient")}
        hint={t("recipientHint")}
        autoComplete="tel"
        defaultValue={recipient}
        errors={asked?.fieldErrors?.recipient}
        required
      />
      <SubmitButton
        label={t("sendCode")}
        pendingLabel={t("sendingCode")}
        icon={<Send aria-hidden className="size-5" />}
      />
    </form>
  );
}
