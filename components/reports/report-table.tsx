import { Download } from "lucide-react";
import type { ReportTable } from "@/lib/reports/tables";
import { chartValue, displayCell } from "@/lib/reports/cells";
import { Chart } from "@/components/reports/chart";
import { ReportDataTable } from "@/components/reports/report-data-table";

type Labels = { exportCsv: string; empty: string };

/**
 * One table of the report, its chart above it when it has one, and its CSV export. Captions stay
 * visible: the printed report is read without the page around it.
 */
export function ReportTableView({
  table,
  exportHref,
  locale,
  days,
  labels,
}: {
  table: ReportTable;
  exportHref: string;
  locale: string;
  days: (n: number) => string;
  labels: Labels;
}) {
  const chart = table.chart;
  const rows = chart && table.hasTotal ? table.rows.slice(0, -1) : table.rows;
  // A chart whose every value is hidden (small numbers) or missing would be an empty frame.
  const plotted = chart
    ? rows.some((row) => chart.columns.some((c) => chartValue(row[c] ?? null) !== null))
    : false;
  return (
    <div className="report-table mb-6 break-inside-avoid" data-testid={`report-${table.id}`}>
      {chart && plotted && (
        <Chart
          kind={chart.kind}
          series={chart.columns.map((c) => ({ key: `c${c}`, name: table.header[c] ?? "" }))}
          rows={rows.map((row) => ({
            label: typeof row[0] === "string" ? row[0] : "",
            ...Object.fromEntries(chart.columns.map((c) => [`c${c}`, chartValue(row[c] ?? null)])),
          }))}
        />
      )}
      {table.rows.length === 0 ? (
        <p>
          <span className="font-semibold">{table.title}</span> — {labels.empty}
        </p>
      ) : (
        <ReportDataTable
          caption={table.title}
          header={table.header}
          rows={table.rows.map((row) => row.map((cell) => displayCell(cell, locale, days)))}
          hasTotal={table.hasTotal ?? false}
        />
      )}
      <a
        href={exportHref}
        className="no-print mt-2 inline-flex min-h-11 items-center gap-2 text-blue-800 underline"
        data-testid={`export-${table.id}`}
      >
        <Download aria-hidden className="size-4" />
        {labels.exportCsv}
      </a>
    </div>
  );
}
