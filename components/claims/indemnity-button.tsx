"use client";

import { useTranslations } from "next-intl";
import { Calculator } from "lucide-react";
import { generateIndemnitiesAction } from "@/lib/claims/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

/** Creates the flat indemnities of a held session and says how many were new. */
export function IndemnityButton({ dept, sessionId }: { dept: string; sessionId: string }) {
  const t = useTranslations("claims.indemnity");
  const { state, formAction, errors } = useActionForm(generateIndemnitiesAction);
  return (
    <form action={formAction} className="flex flex-col gap-2" data-testid={`indemnities-${sessionId}`}>
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="sessionId" value={sessionId} />
      {state?.ok && <Notice kind="success">{t("result", { created: state.data.created })}</Notice>}
      {state && !state.ok && <Notice kind="error">{errors("sessionId")?.join(" ") ?? state.message}</Notice>}
      <div>
        <SubmitButton
          label={t("generate")}
          pendingLabel={t("generating")}
          icon={<Calculator aria-hidden className="size-4" />}
        />
      </div>
    </form>
  );
}
