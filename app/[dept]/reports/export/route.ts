// GET /[dept]/reports/export?table=…&year=…&territory=…&group=… – one table of the report, CSV for French Excel.
import { defineRoute } from "@/lib/routes";
import { csvResponse, toExcelCsv } from "@/lib/csv";
import { translator } from "@/lib/i18n/messages";
import { parseReportFilters } from "@/lib/reports/filters";
import { reportIn } from "@/lib/reports/queries";
import { reportTables } from "@/lib/reports/tables";
import { csvCell } from "@/lib/reports/cells";
import { masksSmallCounts } from "@/lib/reports/mask";

export const GET = defineRoute(
  { name: "reports.export", permission: "reports.view" },
  async (request, ctx, params) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const filters = parseReportFilters(query);
    const report = filters && (await reportIn(ctx.tx, ctx.departmentId, filters));
    // The same tables as the page, masked the same way for decision-makers.
    const table =
      report &&
      reportTables(report, translator("fr"), masksSmallCounts(ctx.role)).find((t) => t.id === query.table);
    if (!filters || !table) return new Response("Not found", { status: 404 });
    const rows = table.rows.map((row) => row.map(csvCell));
    return csvResponse(
      `bilan-${table.id}-${params.dept}-${filters.year}.csv`,
      toExcelCsv(table.header, rows),
    );
  },
);
