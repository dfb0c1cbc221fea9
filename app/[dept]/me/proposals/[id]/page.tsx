import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { daysBetween } from "@/lib/dates";
import { getGroupProposal } from "@/lib/proposals/for-group";
import { isAwaitingAnswer } from "@/lib/proposals/status";
import { Section } from "@/components/ui/section";
import { StatusBadge } from "@/components/proposals/status-badge";
import { GroupTimeline } from "@/components/proposals/group-timeline";
import { CommentForm } from "@/components/proposals/comment-form";
import { MilestoneIcon, ProgressBar } from "@/components/proposals/work";

type Props = { params: Promise<{ dept: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dept, id } = await params;
  const { ctx } = await requirePermission(dept, "me.view");
  return { title: (await getGroupProposal(ctx, id))?.title };
}

/** One of our proposals: our words, the answer once published, what happened, and our reactions. */
export default async function OurProposalPage({ params }: Props) {
  const { dept, id } = await params;
  const { ctx, department } = await requirePermission(dept, "me.view");
  const proposal = await getGroupProposal(ctx, id);
  if (!proposal) notFound();
  const t = await getTranslations("groupProposals");
  const status = await getTranslations("proposalStatus");
  const format = await getFormatter();
  const day = (d: Date) =>
    format.dateTime(d, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const now = new Date();
  const published = proposal.answerPublishedAt !== null;
  return (
    <div className="flex flex-col gap-6">
      <Link
        href={`/${department.slug}/me/proposals`}
        className="inline-flex min-h-11 items-center gap-2 text-blue-800 underline"
      >
        <ArrowLeft aria-hidden className="size-5" />
        {t("back")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold" data-testid="page-title">
          {proposal.title}
        </h1>
        <p className="flex flex-wrap items-center gap-2">
          {t("whereItStands")} <StatusBadge status={proposal.status} label={status(proposal.status)} />
        </p>
        {isAwaitingAnswer(proposal) && proposal.submittedAt && (
          <p data-testid="waiting">{t("waitingSince", { days: daysBetween(proposal.submittedAt, now) })}</p>
        )}
      </div>
      {proposal.original && (
        <Section title={t("ourWords")}>
          <p className="font-medium">{proposal.original.title}</p>
          <p className="whitespace-pre-line">{proposal.original.description}</p>
          {proposal.current && (
            <details className="mt-3">
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-800 underline">
                {t("currentText")}
              </summary>
              <p className="font-medium">{proposal.current.title}</p>
              <p className="whitespace-pre-line">{proposal.current.description}</p>
            </details>
          )}
        </Section>
      )}
      <Section title={t("theAnswer")}>
        {published && proposal.answer ? (
          <div className="flex flex-col gap-2" data-testid="published-answer">
            <p className="font-medium">{t(`decision.${proposal.decision ?? "ACCEPTED"}`)}</p>
            <blockquote className="border-l-4 border-slate-400 pl-3 whitespace-pre-line">
              {proposal.answer}
            </blockquote>
          </div>
        ) : (
          <p>{t("noAnswerYet")}</p>
        )}
      </Section>
      {published && (proposal.progress > 0 || proposal.milestones.length > 0 || proposal.dueOn) && (
        <Section title={t("theWork")}>
          <ProgressBar
            id="work-progress"
            label={t("progress", { progress: proposal.progress })}
            value={proposal.progress}
          />
          {proposal.dueOn && <p className="mt-2">{t("plannedFor", { date: day(proposal.dueOn) })}</p>}
          {proposal.milestones.length > 0 && (
            <ul className="mt-3 flex flex-col gap-2">
              {proposal.milestones.map((m) => (
                <li key={m.id} className="flex gap-2">
                  <MilestoneIcon done={m.doneOn !== null} />
                  <span>
                    {m.title} —{" "}
                    {m.doneOn
                      ? t("stepDone", { date: day(m.doneOn) })
                      : m.dueOn
                        ? t("stepPlanned", { date: day(m.dueOn) })
                        : t("stepToCome")}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      <Section title={t("whatHappened")}>
        <GroupTimeline proposal={proposal} />
      </Section>
      {published && (
        <Section title={t("reactions")}>
          {proposal.comments.length > 0 && (
            <ul className="mb-4 flex flex-col gap-3" data-testid="group-comments">
              {proposal.comments.map((c) => (
                <li key={c.id}>
                  <p className="text-slate-700">
                    {c.mine ? t("youWrote") : t("someoneWrote", { name: c.firstName ?? t("aMember") })}
                  </p>
                  <p className="whitespace-pre-line">{c.text}</p>
                </li>
              ))}
            </ul>
          )}
          <CommentForm dept={department.slug} proposalId={proposal.id} />
        </Section>
      )}
    </div>
  );
}
