import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { myProfile } from "@/lib/me/queries";
import { Section } from "@/components/ui/section";
import { MySettingsForm } from "@/components/me/my-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("me"))("settings.title") };
}

export default async function MySettingsPage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, department } = await requirePermission((await params).dept, "me.view");
  const me = await myProfile(ctx);
  const t = await getTranslations("me");
  return (
    <>
      <h1 className="text-3xl font-semibold" data-testid="page-title">
        {t("settings.title")}
      </h1>
      <Section title={t("settings.how")}>
        <MySettingsForm dept={department.slug} channel={me.preferredChannel} locale={me.locale} />
      </Section>
    </>
  );
}
