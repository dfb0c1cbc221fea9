"use client";

import { useActionState } from "react";
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
  // The record is gone from every list and page, this one included: back to the list (here rather
  // than in an effect, which the page's own refresh would unmount before it runs).
  const [state, action] = useActionState(
    async (previous: Awaited<ReturnType<typeof anonymiseParticipantAction>> | null, data: FormData) => {
      const result = await anonymiseParticipantAction(previous, data);
      if (result.ok) router.replace(`/${dept}/participants`);
      return result;
    },
    null,
  );
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
