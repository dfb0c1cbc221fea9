import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { listTerritories } from "@/lib/settings/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { Disclosure } from "@/components/ui/disclosure";
import { TerritoryForm } from "@/components/settings/territory-form";

type Props = { params: Promise<{ dept: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("territories.title") };
}

export default async function TerritoriesPage({ params }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "settings.manage");
  const territories = await listTerritories(ctx);
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("territories.title")} intro={t("territories.intro")} />
      <Section title={t("territories.list")}>
        <Table
          caption={t("territories.list")}
          rows={territories}
          rowKey={(r) => r.id}
          empty={t("territories.empty")}
          testId="territories"
          columns={[
            { key: "name", label: t("territories.name"), cell: (r) => r.name },
            { key: "kind", label: t("territories.kind"), cell: (r) => t(`territoryKind.${r.kind}`) },
            { key: "groups", label: t("territories.groups"), cell: (r) => r._count.groups },
            {
              key: "edit",
              label: t("edit"),
              cell: (r) => (
                <Disclosure summary={t("territories.editThis", { name: r.name })}>
                  <TerritoryForm dept={department.slug} territory={r} />
                </Disclosure>
              ),
            },
          ]}
        />
      </Section>
      <Section title={t("territories.add")}>
        <TerritoryForm dept={department.slug} />
      </Section>
    </>
  );
}
