import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { claimFormOptions } from "@/lib/claims/queries";
import { formatEuros } from "@/lib/money";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Notice } from "@/components/ui/notice";
import { ClaimForm } from "@/components/claims/claim-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("form.title") };
}

export default async function NewClaimPage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, department } = await requirePermission((await params).dept, "claims.create");
  const options = await claimFormOptions(ctx);
  const t = await getTranslations("claims");
  const format = await getFormatter();
  const locale = await getLocale();
  const choices = {
    participants: options.participants.map((p) => ({ value: p.id, label: `${p.lastName} ${p.firstName}` })),
    groups: options.groups.map((g) => ({ value: g.id, label: g.name })),
    sessions: options.sessions.map((s) => ({
      value: s.id,
      label: `${format.dateTime(s.startsAt, { dateStyle: "medium" })} · ${s.group.name} · ${s.title}`,
    })),
  };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("form.title")} intro={t("form.intro")} />
      <Section title={t("detail.about")}>
        {choices.groups.length === 0 ? (
          <Notice kind="info">{t("form.noGroup")}</Notice>
        ) : (
          <ClaimForm
            dept={department.slug}
            choices={choices}
            rate={formatEuros(options.mileageRateCents, locale)}
          />
        )}
      </Section>
    </div>
  );
}
