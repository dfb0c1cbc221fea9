"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { LogIn } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useSignIn } from "@/components/auth/use-sign-in";

/** Staff (and participants who chose a password) sign in with email + password. */
export function LoginForm() {
  const t = useTranslations("login");
  const { problem, pending, submit } = useSignIn("credentials");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void submit({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {problem && (
        <Notice kind="error" testId="login-error">
          {t(problem)}
        </Notice>
      )}
      <Field name="email" type="email" label={t("email")} autoComplete="username" required />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <Button type="submit" disabled={pending}>
        <LogIn aria-hidden className="size-5" />
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
