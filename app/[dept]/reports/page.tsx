import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Eye } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { translator } from "@/lib/i18n/messages";
import { toLocale } from "@/lib/i18n/config";
import { filtersQuery, parseReportFilters } from "@/lib/reports/filters";
import { loadReport } from "@/lib/reports/queries";
import { reportTables, type ReportTable, type TableId } from "@/lib/reports/tables";
import { masksSmallCounts } from "@/lib/reports/mask";
import type { SearchParams } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { ReportTableView } from "@/components/reports/report-table";
import { PrintButton } from "@/components/reports/print-button";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

const SECTIONS: {
  key: "attendance" | "participants" | "proposals" | "money" | "feedback";
  tables: TableId[];
}[] = [
  { key: "attendance", tables: ["attendance-territories", "attendance-groups", "attendance-months"] },
  { key: "participants", tables: ["participants"] },
  { key: "proposals", tables: ["proposals-status", "proposals-answers"] },
  { key: "money", tables: ["money-groups", "money-kinds"] },
  { key: "feedback", tables: ["feedback"] },
];

export default async function ReportsPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "reports.view");
  const filters = parseReportFilters(await searchParams);
  const report = filters && (await loadReport(ctx, filters));
  if (!filters || !report) notFound();
  const locale = toLocale(await getLocale());
  const t = translator(locale);
  const masked = masksSmallCounts(ctx.role);
  const tables = new Map<TableId, ReportTable>(reportTables(report, t, masked).map((x) => [x.id, x]));
  const query = filtersQuery(filters);
  const { territories, groups } = report.options;
  const nameOf = (list: { id: string; name: string }[], id: string | null, all: string) =>
    list.find((x) => x.id === id)?.name ?? all;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("reports.heading", { year: filters.year })}
        intro={t("reports.intro")}
        actions={
          <span className="no-print">
            <PrintButton label={t("reports.print")} />
          </span>
        }
      />
      <p className="font-medium" data-testid="report-scope">
        {department.name} ·{" "}
        {t("reports.scope", {
          territory: nameOf(territories, filters.territoryId, t("reports.allTerritories")),
          group: nameOf(groups, filters.groupId, t("reports.allGroups")),
        })}
      </p>
      <form
        method="get"
        className="no-print flex flex-wrap items-end gap-3"
        aria-label={t("reports.filters")}
      >
        <div className="w-32">
          <Field
            name="year"
            type="number"
            inputMode="numeric"
            label={t("reports.year")}
            defaultValue={String(filters.year)}
          />
        </div>
        <div className="w-64">
          <Select
            name="territory"
            label={t("reports.territory")}
            placeholder={t("reports.allTerritories")}
            options={territories.map((x) => ({ value: x.id, label: x.name }))}
            defaultValue={filters.territoryId ?? ""}
          />
        </div>
        <div className="w-64">
          <Select
            name="group"
            label={t("reports.group")}
            placeholder={t("reports.allGroups")}
            options={groups.map((x) => ({ value: x.id, label: x.name }))}
            defaultValue={filters.groupId ?? ""}
          />
        </div>
        <Button type="submit" variant="secondary">
          <Eye aria-hidden className="size-4" />
          {t("reports.show")}
        </Button>
      </form>
      {masked && (
        <p className="rounded-md border border-slate-300 bg-white p-3" data-testid="masked-note">
          {t("reports.maskedNote")}
        </p>
      )}
      {SECTIONS.map((section) => (
        <Section key={section.key} id={`report-${section.key}`} title={t(`reports.sections.${section.key}`)}>
          {section.tables.map((id) => {
            const table = tables.get(id)!;
            return (
              <ReportTableView
                key={id}
                table={table}
                exportHref={`/${department.slug}/reports/export?table=${id}&${query}`}
                locale={locale}
                days={(count) => t("reports.days", { count })}
                labels={{
                  exportCsv: t("reports.exportCsv", { title: table.title }),
                  empty: t("reports.empty"),
                }}
              />
            );
          })}
        </Section>
      ))}
    </div>
  );
}
