import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Download, ShieldCheck } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { myProfile } from "@/lib/me/queries";
import { formatPhone } from "@/lib/participants/options";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("me"))("data.title") };
}

// What the department keeps about me, in plain words, and my copy to download.
export default async function MyDataPage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, department } = await requirePermission((await params).dept, "me.view");
  const me = await myProfile(ctx);
  const t = await getTranslations("me");
  const format = await getFormatter();
  const exportUrl = `/${department.slug}/me/data/export`;
  const rows: [string, string][] = [
    [t("data.name"), `${me.firstName} ${me.lastName}`],
    [t("data.phone"), me.phone ? formatPhone(me.phone) : t("data.none")],
    [t("data.email"), me.email ?? t("data.none")],
    [t("data.channel"), t(`channel.${me.preferredChannel}`)],
    [t("data.consent"), me.consentAt ? format.dateTime(me.consentAt, { dateStyle: "long" }) : t("data.none")],
  ];
  return (
    <>
      <h1 className="text-3xl font-semibold" data-testid="page-title">
        {t("data.title")}
      </h1>
      <Section title={t("data.whatWeKeep")}>
        <p className="mb-3">{t("data.intro")}</p>
        <dl className="flex flex-col gap-2">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="font-semibold">{label}</dt>
              <dd className="wrap-anywhere">{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={t("data.download")}>
        <p className="mb-3">{t("data.downloadIntro")}</p>
        <div className="flex flex-wrap gap-2">
          <a href={`${exportUrl}?format=csv`} className={buttonClass()} download>
            <Download aria-hidden className="size-5" />
            {t("data.csv")}
          </a>
          <a href={`${exportUrl}?format=json`} className={buttonClass("secondary")} download>
            <Download aria-hidden className="size-5" />
            {t("data.json")}
          </a>
        </div>
      </Section>
      <Section title={t("data.rights")}>
        <p className="flex gap-2">
          <ShieldCheck aria-hidden className="mt-1 size-5 shrink-0" />
          {t("data.rightsText")}
        </p>
      </Section>
    </>
  );
}
