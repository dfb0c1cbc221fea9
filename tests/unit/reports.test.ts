import { describe, expect, it } from "vitest";
import { maskCount, maskRatio, masksSmallCounts, MASKED } from "@/lib/reports/mask";
import { filtersQuery, parseReportFilters } from "@/lib/reports/filters";
import { chartValue, csvCell, displayCell } from "@/lib/reports/cells";
import type { Cell } from "@/lib/reports/tables";

const days = (n: number) => `${n} jours`;

describe("the small-numbers rule", () => {
  it("shows counts from 1 to 4 as “< 5” to those it applies to, and any count to the others", () => {
    expect([0, 1, 4, 5, 120].map((n) => maskCount(n, true))).toEqual([0, MASKED, MASKED, 5, 120]);
    expect([0, 1, 4, 5].map((n) => maskCount(n, false))).toEqual([0, 1, 4, 5]);
  });

  it("hides a rate or average built on fewer than 5 people, which would give the count back", () => {
    expect(maskRatio(0.3, [10, 3], true)).toBe(MASKED);
    expect(maskRatio(0.5, [10, 5], true)).toBe(0.5);
    expect(maskRatio(0, [10, 0], true)).toBe(0);
    expect(maskRatio(null, [2], true)).toBeNull();
    expect(maskRatio(0.3, [10, 3], false)).toBe(0.3);
  });

  it("applies to decision-makers, not to the coordinators who run the groups", () => {
    expect(masksSmallCounts("DECISION_MAKER")).toBe(true);
    expect(masksSmallCounts("COORDINATOR")).toBe(false);
  });
});

describe("the report's filters in the address", () => {
  const now = new Date("2026-11-23T10:00:00Z");

  it("defaults to this year in Paris and keeps a territory and a group", () => {
    expect(parseReportFilters({}, now)).toEqual({ year: 2026, territoryId: null, groupId: null });
    expect(parseReportFilters({}, new Date("2026-12-31T23:30:00Z"))!.year).toBe(2027);
    const filters = parseReportFilters({ year: "2025", territory: "ckterritory1", group: "ckgroup1" }, now);
    expect(filters).toEqual({ year: 2025, territoryId: "ckterritory1", groupId: "ckgroup1" });
    expect(filtersQuery(filters!)).toBe("year=2025&territory=ckterritory1&group=ckgroup1");
    // A parameter given twice (?year=2025&year=2024) is read once, its first value.
    expect(parseReportFilters({ year: ["2025", "2024"], group: ["", "ckgroup1"] }, now)).toEqual({
      year: 2025,
      territoryId: null,
      groupId: null,
    });
  });

  it("refuses what is not a year or an id, instead of showing other figures", () => {
    expect(parseReportFilters({ year: "deux-mille" }, now)).toBeNull();
    expect(parseReportFilters({ year: "1850" }, now)).toBeNull();
    expect(parseReportFilters({ group: "x' OR 1=1" }, now)).toBeNull();
    expect(parseReportFilters({ territory: "a".repeat(65) }, now)).toBeNull();
  });
});

describe("a report cell", () => {
  it("reads as French text on the page", () => {
    const fr = (cell: Parameters<typeof displayCell>[0]) => displayCell(cell, "fr", days).replace(/\s/g, " ");
    expect(fr({ count: 1234 })).toBe("1 234");
    expect(fr({ count: MASKED })).toBe("< 5");
    expect(fr({ share: 0.456 })).toBe("45,6 %");
    expect(fr({ share: null })).toBe("—");
    expect(fr({ cents: 123450 })).toBe("1 234,50 €");
    expect(fr({ days: 12 })).toBe("12 jours");
    expect(fr({ average: 3.25 })).toBe("3,3 / 4");
  });

  it("reads as plain numbers in French Excel, and as gaps in a chart when hidden", () => {
    expect([{ count: 7 }, { share: 0.456 }, { cents: 123450 }, { average: 3.25 }].map(csvCell)).toEqual([
      7,
      "45,6",
      "1234,50",
      "3,3",
    ]);
    expect(csvCell({ count: MASKED })).toBe(MASKED);
    expect(
      ([{ share: 0.456 }, { cents: 1250 }, { count: MASKED }, "Bessin"] as Cell[]).map(chartValue),
    ).toEqual([45.6, 12.5, null, null]);
  });
});
