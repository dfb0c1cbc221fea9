import { getFormatter, getTranslations } from "next-intl/server";
import { can, type AnyRole } from "@/lib/authz";
import { isDecision } from "@/lib/proposals/status";
import type { ProposalDetail } from "@/lib/proposals/detail";
import { Disclosure } from "@/components/ui/disclosure";
import { Notice } from "@/components/ui/notice";
import { AnswerForm, PublishButton } from "@/components/proposals/step-forms";

/** The answer as written and whether the group has received it; rewording and publishing it. */
export async function AnswerPanel({
  proposal,
  role,
  dept,
}: {
  proposal: ProposalDetail;
  role: AnyRole;
  dept: string;
}) {
  const t = await getTranslations("proposals.answer");
  const format = await getFormatter();
  const long = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const ref = { id: proposal.id, version: proposal.version };
  const unpublished = isDecision(proposal.status) && !proposal.answerPublishedAt;
  return (
    <div className="flex flex-col gap-3" data-testid="answer">
      {proposal.answer ? (
        <blockquote className="border-l-4 border-slate-400 pl-3 whitespace-pre-line">
          {proposal.answer}
        </blockquote>
      ) : (
        <p>{t("none")}</p>
      )}
      {proposal.answeredAt && (
        <p className="text-slate-700">
          {t("writtenBy", { name: proposal.answeredBy?.name ?? "—", date: long(proposal.answeredAt) })}
        </p>
      )}
      {proposal.answerPublishedAt ? (
        <Notice kind="success">
          {t("publishedBy", {
            name: proposal.answerPublishedBy?.name ?? "—",
            date: long(proposal.answerPublishedAt),
          })}
        </Notice>
      ) : (
        isDecision(proposal.status) && <Notice kind="info">{t("notPublished")}</Notice>
      )}
      {unpublished && can(role, "proposals.answer") && (
        <Disclosure summary={proposal.answer ? t("reword") : t("write")}>
          <AnswerForm dept={dept} proposal={ref} answer={proposal.answer} />
        </Disclosure>
      )}
      {unpublished && proposal.answer && can(role, "proposals.publish") && (
        <PublishButton dept={dept} proposal={ref} />
      )}
    </div>
  );
}
