import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { draftOptions } from "@/lib/proposals/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { NewProposalForm } from "@/components/proposals/proposal-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("create") };
}

export default async function NewProposalPage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, department } = await requirePermission((await params).dept, "proposals.draft");
  const [groups, t, format] = await Promise.all([
    draftOptions(ctx),
    getTranslations("proposals"),
    getFormatter(),
  ]);
  // One list of meetings, each named with its group: the action checks that it is the chosen group's.
  const sessions = groups.flatMap((g) =>
    g.sessions.map((s) => ({
      value: s.id,
      label: `${g.name} — ${format.dateTime(s.startsAt, { dateStyle: "medium" })} — ${s.title}`,
    })),
  );
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("create")} intro={t("createIntro")} />
      <Section title={t("form.heading")}>
        <NewProposalForm
          dept={department.slug}
          groups={groups.map((g) => ({ value: g.id, label: g.name }))}
          sessions={sessions}
        />
      </Section>
    </div>
  );
}
