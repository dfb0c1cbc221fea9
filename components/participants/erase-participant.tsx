"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Eraser } from "lucide-react";
import { anonymiseParticipantAction } from "@/lib/participants/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";

/** Erasure of a participant's personal data, after saying what goes and what stays. */
export function EraseParticipant({
  dept,
  participantId,
  name,
}: {
  dept: string;
  participantId: string;
  name: string;
}) {
  const t = useTranslations("participants.erasure");
  const common = useTranslations("common");
  const router = useRouter();
  const [state, action] = useActionState(anonymiseParticipantAction, null);
  // The record is gone from every list and page: back to the list.
  useEffect(() => {
    if (state?.ok) router.replace(`/${dept}/participants`);
  }, [state, router, dept]);
  return (
    <form action={action} data-testid="erase-participant">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="participantId" value={participantId} />
      <p className="mb-4">{t("intro")}</p>
      {state && !state.ok && <Notice kind="error">{state.message}</Notice>}
      <ConfirmButton
        label={t("button")}
        question={t("question", { name })}
        confirmLabel={t("confirm")}
        cancelLabel={common("cancel")}
        icon={<Eraser aria-hidden className="size-4" />}
      />
    </form>
  );
}
