import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarDays } from "lucide-react";
import { Section } from "@/components/ui/section";

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
      {sessions.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {sessions.map((s) => (
            <li key={s.id} className="flex gap-3">
              <CalendarDays aria-hidden className="mt-1 size-5 shrink-0 text-slate-700" />
              <div>
                <p className="font-medium">
                  {s.group.name} — {s.title}
                </p>
                <p className="text-slate-700">
                  {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })}
                  {s.venue ? ` · ${s.venue}` : ""} · {t("dashboard.invited", { count: s._count.invitations })}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
