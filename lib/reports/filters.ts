import { z } from "zod";
import { parisYearNow } from "@/lib/claims/period";
import { singleValues, type SearchParams } from "@/lib/search-params";

// The reports' filters come from the address (?year=2026&territory=…&group=…). A value that does not
// parse is refused (404), never silently replaced: a bookmarked report must not show other figures.

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i);

export const reportFiltersInput = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  territory: id.optional(),
  group: id.optional(),
});

export type ReportFilters = { year: number; territoryId: string | null; groupId: string | null };

/** The filters of a report address, or null when one of them is not valid. */
export function parseReportFilters(params: SearchParams, now = new Date()): ReportFilters | null {
  const { year, territory, group } = singleValues(params);
  // An empty field of the filters form means "all".
  const parsed = reportFiltersInput.safeParse({
    year: year || undefined,
    territory: territory || undefined,
    group: group || undefined,
  });
  if (!parsed.success) return null;
  return {
    year: parsed.data.year ?? parisYearNow(now),
    territoryId: parsed.data.territory ?? null,
    groupId: parsed.data.group ?? null,
  };
}

/** The query string of these filters, for links (CSV exports) that must show the same figures. */
export function filtersQuery(filters: ReportFilters): string {
  const query = new URLSearchParams({ year: String(filters.year) });
  if (filters.territoryId) query.set("territory", filters.territoryId);
  if (filters.groupId) query.set("group", filters.groupId);
  return query.toString();
}
