"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LogIn } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

type Problem = "invalid" | "rateLimited" | "unavailable";

/** Staff (and participants with a password) sign in with email + password through next-auth. */
export function LoginForm() {
  const t = useTranslations("login");
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => undefined);
    setPending(false);
    if (result?.ok && !result.error) {
      // The home page sends each person to their department (or lets them choose one).
      router.replace("/");
      router.refresh();
      return;
    }
    setProblem(!result ? "unavailable" : result.error === "rate_limited" ? "rateLimited" : "invalid");
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
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
