import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import type { TenantContext } from "@/lib/tenancy";
import { facilitatorDashboard } from "@/lib/dashboard/queries";
import { Section } from "@/components/ui/section";
import { UpcomingSessions } from "@/components/dashboard/upcoming-sessions";

export async function FacilitatorDashboard({ ctx, slug }: { ctx: TenantContext; slug: string }) {
  const data = await facilitatorDashboard(ctx);
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Section title={t("myGroups")}>
        <ul className="flex flex-col gap-3" data-testid="my-groups">
          {data.groups.map((g) => {
            const next = g.sessions[0];
            return (
              <li key={g.id} className="flex gap-3">
                <Users aria-hidden className="mt-1 size-5 shrink-0 text-slate-700" />
                <div>
                  <Link href={`/${slug}/groups/${g.id}`} className="font-medium text-blue-800 underline">
                    {g.name}
                  </Link>
                  <p className="text-slate-700">
                    {t("members", { count: g._count.members })} ·{" "}
                    {next
                      ? t("nextSession", { date: format.dateTime(next.startsAt, { dateStyle: "long" }) })
                      : t("noNextSession")}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      </Section>
      <UpcomingSessions sessions={data.upcoming} />
    </div>
  );
}
