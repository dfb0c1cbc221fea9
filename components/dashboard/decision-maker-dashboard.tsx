import { getFormatter, getTranslations } from "next-intl/server";
import type { TenantContext } from "@/lib/tenancy";
import { decisionMakerDashboard } from "@/lib/dashboard/queries";
import { daysBetween } from "@/lib/dates";
import { PROPOSAL_STATUSES } from "@/lib/proposals/status";
import { Section, Stat } from "@/components/ui/section";
import { ItemList } from "@/components/ui/item-list";

export async function DecisionMakerDashboard({ ctx }: { ctx: TenantContext; slug: string }) {
  const data = await decisionMakerDashboard(ctx);
  const t = await getTranslations();
  const format = await getFormatter();
  const now = new Date();
  const awaiting = (data.counts.SUBMITTED ?? 0) + (data.counts.UNDER_REVIEW ?? 0);
  return (
    <>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Stat label={t("dashboard.awaitingAnswer")} value={awaiting} />
        <Stat
          label={t("dashboard.implementationRate")}
          value={
            data.implementationRate === null
              ? "—"
              : format.number(data.implementationRate, { style: "percent" })
          }
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("dashboard.toAnswer")}>
          <ItemList items={data.toAnswer}>
            {(p) => (
              <li key={p.id}>
                <p className="font-medium">{p.title}</p>
                <p className="text-slate-700">
                  {p.group.name}
                  {p.submittedAt &&
                    ` · ${t("dashboard.waitingSince", { days: daysBetween(p.submittedAt, now) })}`}
                </p>
              </li>
            )}
          </ItemList>
        </Section>
        <Section title={t("dashboard.byStatus")}>
          <table className="w-full text-left">
            <tbody>
              {PROPOSAL_STATUSES.map((status) => (
                <tr key={status} className="border-b border-slate-200">
                  <th scope="row" className="py-2 font-normal">
                    {t(`proposalStatus.${status}`)}
                  </th>
                  <td className="py-2 text-right font-medium">{data.counts[status] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
    </>
  );
}
