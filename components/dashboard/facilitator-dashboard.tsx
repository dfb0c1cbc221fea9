import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import type { TenantContext } from "@/lib/tenancy";
import { facilitatorDashboard } from "@/lib/dashboard/queries";
import { Section } from "@/components/ui/section";
import { UpcomingSessions } from "@/components/dashboard/upcoming-sessions";
import { IconItem, ItemList } from "@/components/ui/item-list";

export async function FacilitatorDashboard({ ctx, slug }: { ctx: TenantContext; slug: string }) {
  const data = await facilitatorDashboard(ctx);
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Section title={t("myGroups")}>
        <ItemList items={data.groups} testId="my-groups">
          {(g) => {
            const next = g.sessions[0];
            return (
              <IconItem key={g.id} icon={Users}>
                <Link href={`/${slug}/groups/${g.id}`} className="font-medium text-blue-800 underline">
                  {g.name}
                </Link>
                <p className="text-slate-700">
                  {t("members", { count: g._count.members })} ·{" "}
                  {next
                    ? t("nextSession", { date: format.dateTime(next.startsAt, { dateStyle: "long" }) })
                    : t("noNextSession")}
                </p>
              </IconItem>
            );
          }}
        </ItemList>
      </Section>
      <UpcomingSessions sessions={data.upcoming} />
    </div>
  );
}
