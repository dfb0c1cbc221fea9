import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarDays, CalendarPlus } from "lucide-react";
import { can } from "@/lib/authz";
import type { TenantContext } from "@/lib/tenancy";
import { groupSessions } from "@/lib/sessions/queries";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";
import { SessionTable } from "@/components/sessions/session-table";

/** The sessions part of a group's page: coming and past sessions with invited / present / rate. */
export async function GroupSessions({
  ctx,
  dept,
  groupId,
  active,
}: {
  ctx: TenantContext;
  dept: string;
  groupId: string;
  active: boolean;
}) {
  if (!can(ctx.role, "sessions.view")) return null;
  const t = await getTranslations("sessions");
  const rows = await groupSessions(ctx, groupId);
  return (
    <Section title={t("groupSection")}>
      <div className="mb-3 flex flex-wrap gap-2">
        {active && can(ctx.role, "sessions.manage") && (
          <Link href={`/${dept}/sessions/new?groupId=${groupId}`} className={buttonClass()}>
            <CalendarPlus aria-hidden className="size-5" />
            {t("planForGroup")}
          </Link>
        )}
        <a href={`/${dept}/groups/${groupId}/calendar`} className={buttonClass("secondary")} download>
          <CalendarDays aria-hidden className="size-5" />
          {t("calendarFeed")}
        </a>
      </div>
      <SessionTable dept={dept} rows={rows} showGroup={false} testId="group-sessions" />
    </Section>
  );
}
