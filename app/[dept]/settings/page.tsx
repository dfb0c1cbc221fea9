import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { getDepartmentSettings } from "@/lib/settings/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DepartmentForm } from "@/components/settings/department-form";

type Props = { params: Promise<{ dept: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("department.title") };
}

// The department's own settings: rates, budget, texts and defaults. Its name is the platform's.
export default async function DepartmentSettingsPage({ params }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "settings.manage");
  const { name, ...settings } = await getDepartmentSettings(ctx);
  const t = await getTranslations("settings.department");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { name })} />
      <Section title={t("form")}>
        <DepartmentForm dept={department.slug} settings={settings} />
      </Section>
    </>
  );
}
