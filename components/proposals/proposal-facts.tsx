import { getFormatter, getTranslations } from "next-intl/server";
import { daysBetween } from "@/lib/dates";
import { answerDeadline, isAwaitingAnswer, isOverdue } from "@/lib/proposals/status";
import type { ProposalDetail } from "@/lib/proposals/detail";

/** Where the proposal comes from, who decides, and how long the group has been waiting. */
export async function ProposalFacts({ proposal, now }: { proposal: ProposalDetail; now: Date }) {
  const t = await getTranslations("proposals.facts");
  const format = await getFormatter();
  const long = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const deadline = proposal.submittedAt && answerDeadline(proposal.submittedAt, proposal.answerDeadlineDays);
  const rows: [string, string][] = [
    [
      t("group"),
      proposal.group.name + (proposal.group.territory ? ` · ${proposal.group.territory.name}` : ""),
    ],
    [
      t("origin"),
      proposal.originSession
        ? t("originSession", {
            title: proposal.originSession.title,
            date: long(proposal.originSession.startsAt),
          })
        : t("noOrigin"),
    ],
    [t("policyArea"), proposal.policyArea ?? "—"],
    [t("addressee"), proposal.addressee ?? "—"],
    [t("submittedAt"), proposal.submittedAt ? long(proposal.submittedAt) : t("notSubmitted")],
  ];
  if (deadline && isAwaitingAnswer(proposal)) rows.push([t("answerDeadline"), long(deadline)]);
  if (proposal.dueOn) rows.push([t("dueOn"), day(proposal.dueOn)]);
  return (
    <>
      <dl className="grid gap-2 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {isAwaitingAnswer(proposal) && proposal.submittedAt && (
        <p className="mt-3 font-medium" data-testid="waiting">
          {t("waitingSince", { days: daysBetween(proposal.submittedAt, now) })}
          {isOverdue(proposal, proposal.answerDeadlineDays, now) &&
            ` — ${t("overdue", { days: proposal.answerDeadlineDays })}`}
        </p>
      )}
    </>
  );
}
