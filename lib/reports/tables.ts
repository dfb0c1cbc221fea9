import type { Translator } from "@/lib/i18n/messages";
import { PROPOSAL_STATUSES } from "@/lib/proposals/status";
import { maskCount, maskRatio, MASKED, type Shown } from "@/lib/reports/mask";
import type { AttendanceLine, Report } from "@/lib/reports/queries";

// Every table of the report, built once from the loaded figures and shown three ways: as an HTML
// table on the page, as the chart beside it, and as a CSV file. The small-numbers rule is applied
// here, so the page, its charts and its exports cannot disagree on what a decision-maker may see.

/** A value: text, a count, a share (0–1), an amount in cents, a number of days, or an average out of 4. */
export type Cell =
  | string
  | null
  | { count: Shown }
  | { share: number | null | typeof MASKED }
  | { cents: number | null }
  | { days: number | null }
  | { average: number | null | typeof MASKED };

export type Chart = { kind: "bar" | "line"; columns: number[] };

export type ReportTable = {
  id: TableId;
  title: string;
  header: string[];
  rows: Cell[][];
  /** The last row is a total (printed in bold, kept with the table). */
  hasTotal?: boolean;
  chart?: Chart;
};

export const TABLE_IDS = [
  "attendance-territories",
  "attendance-groups",
  "attendance-months",
  "participants",
  "proposals-status",
  "proposals-answers",
  "money-groups",
  "money-kinds",
  "feedback",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** The report's tables; `masked` for decision-makers (counts under 5 shown as "< 5"). */
export function reportTables(report: Report, t: Translator, masked: boolean): ReportTable[] {
  const count = (n: number): Cell => ({ count: maskCount(n, masked) });
  const attendance = (l: AttendanceLine): Cell[] => [
    count(l.invited),
    count(l.present),
    { share: maskRatio(l.rate, [l.invited, l.present], masked) },
  ];
  const attendanceHeader = [t("reports.invited"), t("reports.present"), t("reports.rate")];
  const territoryName = (name: string | null) => name ?? t("reports.noTerritory");
  const a = report.attendance;
  const p = report.proposals;
  const m = report.money;
  const total = t("reports.total");
  const wholeDepartment = !report.filters.territoryId && !report.filters.groupId;
  const feedback = (f: { answers: number; average: number | null }): Cell[] => [
    count(f.answers),
    { average: maskRatio(f.average, [f.answers], masked) },
  ];
  return [
    {
      id: "attendance-territories",
      title: t("reports.tables.attendance-territories"),
      header: [t("reports.territory"), ...attendanceHeader],
      rows: [
        ...a.byTerritory.map((l) => [territoryName(l.name), ...attendance(l)]),
        [total, ...attendance(a.total)],
      ],
      hasTotal: true,
      chart: { kind: "bar", columns: [3] },
    },
    {
      id: "attendance-groups",
      title: t("reports.tables.attendance-groups"),
      header: [t("reports.group"), t("reports.territory"), ...attendanceHeader],
      rows: a.byGroup.map((l) => [
        l.name,
        territoryName(report.options.territories.find((x) => x.id === l.territoryId)?.name ?? null),
        ...attendance(l),
      ]),
    },
    {
      id: "attendance-months",
      title: t("reports.tables.attendance-months"),
      header: [t("reports.month"), ...attendanceHeader],
      rows: a.byMonth.map((l) => [l.month, ...attendance(l)]),
      chart: { kind: "line", columns: [3] },
    },
    {
      id: "participants",
      title: t("reports.tables.participants"),
      header: [t("reports.indicator"), t("reports.people")],
      rows: (["active", "joined", "left", "mandatesEnding"] as const).map((key) => [
        t(`reports.participants.${key}`),
        count(report.participants[key]),
      ]),
    },
    {
      id: "proposals-status",
      title: t("reports.tables.proposals-status"),
      header: [t("reports.status"), t("reports.proposals")],
      rows: [
        ...PROPOSAL_STATUSES.map((status) => [t(`proposalStatus.${status}`), count(p.counts[status] ?? 0)]),
        [total, count(p.total)],
      ],
      hasTotal: true,
      chart: { kind: "bar", columns: [1] },
    },
    {
      id: "proposals-answers",
      title: t("reports.tables.proposals-answers"),
      header: [t("reports.indicator"), t("reports.value")],
      rows: [
        [t("reports.implementationRate"), { share: p.implementationRate }],
        [t("reports.medianDaysToAnswer"), { days: p.medianDaysToAnswer }],
        [t("reports.overdue", { days: report.answerDeadlineDays }), count(p.overdue)],
      ],
    },
    {
      id: "money-groups",
      title: t("reports.tables.money-groups"),
      header: [
        t("reports.group"),
        t("reports.budget"),
        t("reports.consumed"),
        t("reports.paid"),
        t("reports.left"),
      ],
      rows: [
        ...m.byGroup.map((l) => [
          l.name,
          { cents: l.budgetCents },
          { cents: l.consumedCents },
          { cents: l.paidCents },
          { cents: l.budgetCents === null ? null : l.budgetCents - l.consumedCents },
        ]),
        [
          total,
          { cents: m.total.budgetCents },
          { cents: m.total.consumedCents },
          { cents: m.total.paidCents },
          { cents: m.total.budgetCents - m.total.consumedCents },
        ],
      ],
      hasTotal: true,
      chart: { kind: "bar", columns: [1, 2] },
    },
    {
      id: "money-kinds",
      title: t("reports.tables.money-kinds"),
      header: [t("reports.indicator"), t("reports.amount")],
      rows: [
        [t("reports.indemnities"), { cents: m.total.indemnitiesCents }],
        [t("reports.reimbursements"), { cents: m.total.reimbursementsCents }],
        [t("reports.consumed"), { cents: m.total.consumedCents }],
        // The department's own budget only makes sense against the whole department's spending.
        ...(wholeDepartment
          ? [
              [t("reports.departmentBudget"), { cents: report.departmentBudgetCents }],
              [t("reports.departmentLeft"), { cents: report.departmentBudgetCents - m.total.consumedCents }],
            ]
          : []),
      ],
    },
    {
      id: "feedback",
      title: t("reports.tables.feedback"),
      header: [t("reports.group"), t("reports.answers"), t("reports.average")],
      rows: [
        ...a.byGroup.map((l) => [l.name, ...feedback(l.feedback)]),
        [total, ...feedback(a.total.feedback)],
      ],
      hasTotal: true,
    },
  ];
}
