import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarDays, MessageSquareText } from "lucide-react";
import type { TenantContext } from "@/lib/tenancy";
import { participantDashboard } from "@/lib/dashboard/queries";
import { daysBetween } from "@/lib/dates";
import { isAwaitingAnswer, statusForGroup } from "@/lib/proposals/status";
import { Section } from "@/components/ui/section";
import { IconItem, ItemList } from "@/components/ui/item-list";

// Plain words, an icon beside each key word, nothing that reveals why someone is in a group.
export async function ParticipantDashboard({ ctx }: { ctx: TenantContext; slug: string }) {
  const data = await participantDashboard(ctx);
  const t = await getTranslations();
  const format = await getFormatter();
  const now = new Date();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Section title={t("dashboard.myNextSessions")}>
        <ItemList items={data.invitations}>
          {(i) => (
            <IconItem key={i.id} icon={CalendarDays}>
              <p className="font-medium">
                {format.dateTime(i.session.startsAt, { dateStyle: "full", timeStyle: "short" })}
              </p>
              <p>{i.session.title}</p>
              {i.session.venue && <p>{t("dashboard.where", { venue: i.session.venue })}</p>}
              <p className="text-slate-700">{t("dashboard.myAnswer", { answer: t(`rsvp.${i.rsvp}`) })}</p>
            </IconItem>
          )}
        </ItemList>
      </Section>
      <Section title={t("dashboard.ourProposals")}>
        {/* A decision reaches the group when its answer is published, not before. */}
        <ItemList items={data.proposals.map((p) => ({ ...p, status: statusForGroup(p) }))}>
          {(p) => (
            <IconItem key={p.id} icon={MessageSquareText}>
              <p className="font-medium">{p.title}</p>
              <p>{t(`proposalStatus.${p.status}`)}</p>
              {isAwaitingAnswer(p) && p.submittedAt && (
                <p className="text-slate-700">
                  {t("dashboard.waitingSince", { days: daysBetween(p.submittedAt, now) })}
                </p>
              )}
            </IconItem>
          )}
        </ItemList>
      </Section>
    </div>
  );
}
