import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ListChecks } from "lucide-react";
import type { ProposalFigures } from "@/lib/dashboard/queries";
import { PROPOSAL_STATUSES } from "@/lib/proposals/status";
import { Section, Stat } from "@/components/ui/section";

/** What became of the department's proposals: implementation rate, time to answer, counts by status. */
export async function ProposalFiguresSection({ figures, slug }: { figures: ProposalFigures; slug: string }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <Section title={t("dashboard.proposals")}>
      <div className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Stat
          label={t("dashboard.implementationRate")}
          value={
            figures.implementationRate === null
              ? "—"
              : format.number(figures.implementationRate, { style: "percent" })
          }
        />
        <Stat
          label={t("dashboard.medianDaysToAnswer")}
          value={
            figures.medianDaysToAnswer === null
              ? "—"
              : t("dashboard.days", { count: figures.medianDaysToAnswer })
          }
        />
      </div>
      <table className="w-full text-left">
        <caption className="sr-only">{t("dashboard.byStatus")}</caption>
        <tbody>
          {PROPOSAL_STATUSES.map((status) => (
            <tr key={status} className="border-b border-slate-200">
              <th scope="row" className="py-2 font-normal">
                <Link
                  href={`/${slug}/proposals?status=${status}`}
                  className="inline-flex min-h-11 items-center text-blue-800 underline"
                >
                  {t(`proposalStatus.${status}`)}
                </Link>
              </th>
              <td className="py-2 text-right font-medium">{figures.counts[status] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Link
        href={`/${slug}/proposals?overdue=1`}
        className="mt-3 inline-flex min-h-11 items-center gap-2 text-blue-800 underline"
      >
        <ListChecks aria-hidden className="size-5" />
        {t("dashboard.seeOverdue", { count: figures.overdue })}
      </Link>
    </Section>
  );
}
