import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TenantContext } from "@/lib/tenancy";
import { decisionMakerDashboard } from "@/lib/dashboard/queries";
import { daysBetween } from "@/lib/dates";
import { Section, Stat } from "@/components/ui/section";
import { ItemList } from "@/components/ui/item-list";
import { ProposalFiguresSection } from "@/components/dashboard/proposal-figures";
import { ReportLink } from "@/components/dashboard/report-link";

export async function DecisionMakerDashboard({ ctx, slug }: { ctx: TenantContext; slug: string }) {
  const data = await decisionMakerDashboard(ctx);
  const t = await getTranslations();
  const now = new Date();
  return (
    <>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Stat label={t("dashboard.awaitingAnswer")} value={data.proposals.awaiting} />
        <Stat
          label={t("dashboard.overdueAnswers", { days: data.answerDeadlineDays })}
          value={data.proposals.overdue}
        />
      </div>
      <ReportLink slug={slug} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("dashboard.toAnswer")}>
          <ItemList items={data.toAnswer}>
            {(p) => (
              <li key={p.id}>
                <Link href={`/${slug}/proposals/${p.id}`} className="font-medium text-blue-800 underline">
                  {p.title}
                </Link>
                <p className="text-slate-700">
                  {p.group.name}
                  {p.submittedAt &&
                    ` · ${t("dashboard.waitingSince", { days: daysBetween(p.submittedAt, now) })}`}
                </p>
              </li>
            )}
          </ItemList>
          <Link
            href={`/${slug}/proposals?queue=toAnswer`}
            className="mt-3 inline-flex min-h-11 items-center text-blue-800 underline"
          >
            {t("dashboard.seeQueue")}
          </Link>
        </Section>
        <ProposalFiguresSection figures={data.proposals} slug={slug} />
      </div>
    </>
  );
}
