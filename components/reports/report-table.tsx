import { Download } from "lucide-react";
import type { ReportTable } from "@/lib/reports/tables";
import { chartValue, displayCell } from "@/lib/reports/cells";
import { Chart } from "@/components/reports/chart";

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
        <div className="overflow-x-auto">
          <table className="responsive-table w-full text-left">
            <caption className="mb-2 text-left text-lg font-semibold">{table.title}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {table.header.map((h, i) => (
                  <th key={h} scope="col" className={`px-2 py-2 font-semibold ${i > 0 ? "text-right" : ""}`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => {
                const isTotal = table.hasTotal && r === table.rows.length - 1;
                const [first, ...rest] = row;
                return (
                  <tr key={r} className={`border-b border-slate-200 ${isTotal ? "font-semibold" : ""}`}>
                    <th
                      scope="row"
                      data-label={table.header[0]}
                      className={`px-2 py-2 text-left ${isTotal ? "font-semibold" : "font-normal"}`}
                    >
                      {displayCell(first ?? null, locale, days)}
                    </th>
                    {rest.map((cell, c) => (
                      <td
                        key={c}
                        data-label={table.header[c + 1]}
                        className="px-2 py-2 text-right tabular-nums"
                      >
                        {displayCell(cell, locale, days)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
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
