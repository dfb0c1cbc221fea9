"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { IdCard } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useSignIn } from "@/components/auth/use-sign-in";

/** Sign-in with the code printed on an access card (typed, or carried by the card's QR code). */
export function CardSignIn({ code }: { code?: string }) {
  const t = useTranslations("login");
  const { problem, pending, submit } = useSignIn("card");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit({ card: String(new FormData(event.currentTarget).get("card") ?? "") });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {problem && (
        <Notice kind="error" testId="card-error">
          {t(problem === "invalid" ? "cardInvalid" : problem)}
        </Notice>
      )}
      <Field
        name="card"
        label={t("card")}
        hint={t("cardHint")}
        autoComplete="off"
        autoCapitalize="characters"
        defaultValue={code}
        required
      />
      <Button type="submit" disabled={pending}>
        <IdCard aria-hidden className="size-5" />
        {pending ? t("submitting") : t("cardSubmit")}
      </Button>
    </form>
  );
}
