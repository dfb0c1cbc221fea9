"use client";

import { useTranslations } from "next-intl";
import { commentAction } from "@/lib/proposals/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextArea } from "@/components/ui/field";

/** A participant reacts to the answer; the decision-makers read it. */
export function CommentForm({ dept, proposalId }: { dept: string; proposalId: string }) {
  const t = useTranslations("groupProposals.comment");
  return (
    <ActionForm
      action={commentAction}
      dept={dept}
      hidden={{ proposalId }}
      submitLabel={t("send")}
      pendingLabel={t("sending")}
      success={t("sent")}
      testId="comment-form"
    >
      {({ bind }) => <TextArea {...bind("text")} rows={4} label={t("label")} hint={t("hint")} />}
    </ActionForm>
  );
}
