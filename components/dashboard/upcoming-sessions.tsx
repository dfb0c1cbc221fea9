import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarDays } from "lucide-react";
import { Section } from "@/components/ui/section";
import { IconItem, ItemList } from "@/components/ui/item-list";

type UpcomingSession = {
  id: string;
  title: string;
  startsAt: Date;
  venue: string | null;
  group: { name: string };
  _count: { invitations: number };
};

export async function UpcomingSessions({ sessions }: { sessions: UpcomingSession[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <Section title={t("dashboard.upcomingSessions")}>
      <ItemList items={sessions}>
        {(s) => (
          <IconItem key={s.id} icon={CalendarDays}>
            <p className="font-medium">
              {s.group.name} — {s.title}
            </p>
            <p className="text-slate-700">
              {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })}
              {s.venue ? ` · ${s.venue}` : ""} · {t("dashboard.invited", { count: s._count.invitations })}
            </p>
          </IconItem>
        )}
      </ItemList>
    </Section>
  );
}
