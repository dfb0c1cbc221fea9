import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { listPartners } from "@/lib/settings/queries";
import { formatPhone } from "@/lib/participants/options";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { Disclosure } from "@/components/ui/disclosure";
import { PartnerForm } from "@/components/settings/partner-form";

type Props = { params: Promise<{ dept: string }> };

const LINK = "inline-flex min-h-11 items-center text-blue-800 underline";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("partners.title") };
}

export default async function PartnersPage({ params }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "settings.manage");
  const partners = await listPartners(ctx);
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("partners.title")} intro={t("partners.intro")} />
      <Section title={t("partners.list")}>
        <Table
          caption={t("partners.list")}
          rows={partners}
          rowKey={(r) => r.id}
          empty={t("partners.empty")}
          testId="partners"
          columns={[
            { key: "name", label: t("partners.name"), cell: (r) => r.name },
            { key: "kind", label: t("partners.kind"), cell: (r) => t(`partnerKind.${r.kind}`) },
            {
              key: "contact",
              label: t("partners.contact"),
              cell: (r) =>
                r.email || r.phone ? (
                  <span className="flex flex-col">
                    {r.email && (
                      <a href={`mailto:${r.email}`} className={`${LINK} break-all`}>
                        {r.email}
                      </a>
                    )}
                    {r.phone && (
                      <a href={`tel:${r.phone}`} className={LINK}>
                        {formatPhone(r.phone)}
                      </a>
                    )}
                  </span>
                ) : (
                  t("partners.noContact")
                ),
            },
            { key: "groups", label: t("partners.groups"), cell: (r) => r._count.groups },
            { key: "staff", label: t("partners.staff"), cell: (r) => r._count.staff },
            {
              key: "edit",
              label: t("edit"),
              cell: (r) => (
                <Disclosure summary={t("partners.editThis", { name: r.name })}>
                  <PartnerForm dept={department.slug} partner={r} />
                </Disclosure>
              ),
            },
          ]}
        />
      </Section>
      <Section title={t("partners.add")}>
        <PartnerForm dept={department.slug} />
      </Section>
    </>
  );
}
