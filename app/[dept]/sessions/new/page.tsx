import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { parisToday } from "@/lib/dates";
import { singleValues, type SearchParams } from "@/lib/search-params";
import { departmentReminderDays, plannableGroups } from "@/lib/sessions/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SessionForm } from "@/components/sessions/session-form";

type Props = { params: Promise<{ dept: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("plan") };
}

export default async function NewSessionPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "sessions.manage");
  const search = singleValues(await searchParams);
  const [groups, reminderDaysBefore] = await Promise.all([plannableGroups(ctx), departmentReminderDays(ctx)]);
  const t = await getTranslations("sessions");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("plan")} intro={t("planIntro")} />
      <Section title={t("plan")}>
        <SessionForm
          dept={department.slug}
          groups={groups.map((g) => ({ value: g.id, label: g.name }))}
          groupId={groups.some((g) => g.id === search.groupId) ? search.groupId : undefined}
          departmentReminders={reminderDaysBefore.join(", ")}
          today={parisToday().toISOString().slice(0, 10)}
        />
      </Section>
    </div>
  );
}
