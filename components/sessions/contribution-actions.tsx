"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FilePlus2 } from "lucide-react";
import { contributionToProposalAction, voteAction } from "@/lib/sessions/actions";
import { ActionButtons } from "@/components/sessions/action-buttons";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";

/** +1 / −1 dots, and "turn into a proposal draft" (which asks first). */
export function ContributionActions({
  dept,
  id,
  text,
  canDraft,
}: {
  dept: string;
  id: string;
  text: string;
  canDraft: boolean;
}) {
  const t = useTranslations("sessions.contributions");
  const common = useTranslations("common");
  const [state, draft] = useActionState(contributionToProposalAction, null);
  return (
    <div className="mt-2 flex flex-wrap items-start gap-3">
      <ActionButtons
        action={voteAction}
        dept={dept}
        hidden={{ contributionId: id }}
        name="delta"
        label={t("voteFor", { text })}
        buttons={[
          { value: "1", label: t("plus"), ariaLabel: t("voteUp", { text }) },
          { value: "-1", label: t("minus"), ariaLabel: t("voteDown", { text }) },
        ]}
      />
      {canDraft && (
        <form action={draft}>
          <input type="hidden" name="dept" value={dept} />
          <input type="hidden" name="contributionId" value={id} />
          {state && !state.ok && (
            <Notice kind="error">{state.fieldErrors?._form?.join(" ") ?? state.message}</Notice>
          )}
          <ConfirmButton
            label={t("toProposal")}
            question={t("toProposalQuestion")}
            confirmLabel={t("toProposal")}
            cancelLabel={common("cancel")}
            icon={<FilePlus2 aria-hidden className="size-5" />}
          />
        </form>
      )}
    </div>
  );
}
