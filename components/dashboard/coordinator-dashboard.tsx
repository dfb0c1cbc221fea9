import { getFormatter, getTranslations } from "next-intl/server";
import type { TenantContext } from "@/lib/tenancy";
import { coordinatorDashboard } from "@/lib/dashboard/queries";
import { Section, Stat } from "@/components/ui/section";
import { UpcomingSessions } from "@/components/dashboard/upcoming-sessions";
import { ItemList } from "@/components/ui/item-list";
import { ProposalFiguresSection } from "@/components/dashboard/proposal-figures";
import { ReportLink } from "@/components/dashboard/report-link";

export async function CoordinatorDashboard({ ctx, slug }: { ctx: TenantContext; slug: string }) {
  const data = await coordinatorDashboard(ctx);
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const { figures } = data;
  return (
    <>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Stat label={t("activeGroups")} value={figures.activeGroups} />
        <Stat label={t("activeParticipants")} value={figures.activeParticipants} />
        <Stat label={t("awaitingAnswer")} value={figures.awaitingAnswer} />
        <Stat label={t("overdueAnswers", { days: data.answerDeadlineDays })} value={figures.overdueAnswers} />
        <Stat label={t("claimsToReview")} value={figures.claimsToReview} />
      </div>
      <ReportLink slug={slug} />
      <div className="grid gap-6 lg:grid-cols-2">
        <UpcomingSessions sessions={data.upcoming} />
        <Section title={t("mandatesEnding")}>
          <ItemList items={data.mandatesEnding}>
            {(m) => (
              <li key={m.id}>
                <span className="font-medium">
                  {m.participant.firstName} {m.participant.lastName}
                </span>{" "}
                — {m.group.name},{" "}
                {t("mandateEndsOn", {
                  date: format.dateTime(m.mandateEndsOn, { dateStyle: "long", timeZone: "UTC" }),
                })}
              </li>
            )}
          </ItemList>
        </Section>
        <ProposalFiguresSection figures={data.proposals} slug={slug} />
      </div>
    </>
  );
}
