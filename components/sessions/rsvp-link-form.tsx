"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Check, X } from "lucide-react";
import { answerByLinkAction } from "@/lib/sessions/link-actions";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";

/** "Je viens" / "Je ne viens pas": big buttons, the current answer said in words. */
export function RsvpLinkForm({ token, current }: { token: string; current: "YES" | "NO" | "NO_ANSWER" }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(answerByLinkAction, null);
  const answer = state?.ok ? state.rsvp : current;
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state?.ok && (
        <Notice kind="success" testId="rsvp-thanks">
          {t("rsvpLink.thanks", { answer: t(`rsvp.${state.rsvp}`) })}
        </Notice>
      )}
      {state && !state.ok && <Notice kind="error">{t(`rsvpLink.${state.reason}`)}</Notice>}
      {!state && answer !== "NO_ANSWER" && <p>{t("rsvpLink.current", { answer: t(`rsvp.${answer}`) })}</p>}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-xl font-semibold">{t("rsvpLink.question")}</legend>
        {(["YES", "NO"] as const).map((choice) => {
          const Icon = choice === "YES" ? Check : X;
          return (
            <button
              key={choice}
              type="submit"
              name="rsvp"
              value={choice}
              disabled={pending}
              aria-pressed={answer === choice}
              className={`${buttonClass(answer === choice ? "primary" : "secondary")} text-lg`}
            >
              <Icon aria-hidden className="size-6" />
              {t(`rsvp.${choice}`)}
            </button>
          );
        })}
      </fieldset>
      <p className="text-base text-slate-700">{t("rsvpLink.change")}</p>
    </form>
  );
}
