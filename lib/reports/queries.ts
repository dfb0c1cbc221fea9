import { Prisma } from "@/lib/generated/prisma/client";
import { withTenant, type Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { implementationRate } from "@/lib/dashboard/queries";
import type { ReportFilters } from "@/lib/reports/filters";

// The annual report: one loader, one tenant transaction, a fixed number of grouped SQL statements
// (8, the tenant switch included) whatever the number of sessions, invitations, proposals or claims.
// Every figure is computed by PostgreSQL; JavaScript only reshapes the grouped rows.
//
// Definitions (the year is a calendar year in Paris):
// - attendance: invitations to the sessions HELD that year; present = marked PRESENT;
// - participants: distinct people with a membership in the groups shown: active at some point in
//   the year, joined or left that year, mandate ending that year while still a member;
// - proposals: those written that year (created), by current status; the implementation rate and
//   the median wait for an answer (Paris days) among them; overdue = still awaiting an answer past
//   the department's deadline today;
// - money: claims filed that year and approved or paid (what consumes a budget, as in lib/budgets),
//   against the groups' budgets of the year; flat indemnities versus reimbursements of expenses;
// - feedback: the faces given at the end of those sessions, 4 (very happy) to 1 (very unhappy).

export type Report = NonNullable<Awaited<ReturnType<typeof reportIn>>>;
export type AttendanceLine = { invited: number; present: number; rate: number | null };

/** Stored timestamps are UTC wall-clock: this is the instant a Paris calendar year begins. */
const parisYearStart = (year: number) =>
  Prisma.sql`(make_timestamptz(${year}::int, 1, 1, 0, 0, 0, 'Europe/Paris') AT TIME ZONE 'UTC')`;

const parisDay = (column: string) =>
  Prisma.sql`((${Prisma.raw(column)} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date`;

/** The report for these filters, or null when a filter names a territory or group the department does not have. */
export function loadReport(ctx: TenantContext, filters: ReportFilters, now = new Date()) {
  return withTenant(ctx, (tx) => reportIn(tx, ctx.departmentId, filters, now));
}

/** The same inside a tenant transaction already open (the CSV route's). */
export async function reportIn(tx: Tx, departmentId: string, filters: ReportFilters, now = new Date()) {
  const [department, territories, groups] = await Promise.all([
    tx.department.findUniqueOrThrow({
      where: { id: departmentId },
      select: { answerDeadlineDays: true, yearlyBudgetCents: true },
    }),
    tx.territory.findMany({
      where: { departmentId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    tx.group.findMany({
      where: { departmentId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, territoryId: true },
    }),
  ]);
  const options = { territories, groups };
  if (filters.territoryId && !territories.some((t) => t.id === filters.territoryId)) return null;
  if (filters.groupId && !groups.some((g) => g.id === filters.groupId)) return null;

  const scope = { departmentId, filters };
  const [attendance, participants, proposals, money] = await Promise.all([
    attendanceFigures(tx, scope),
    participantFigures(tx, scope),
    proposalFigures(tx, scope, department.answerDeadlineDays, now),
    moneyFigures(tx, scope),
  ]);
  // Lines in the order of the filter lists (by name), the groups without a territory last.
  const territoryLines = [...territories, { id: null, name: null }].flatMap((t) => {
    const line = attendance.byTerritory.find((l) => l.id === t.id);
    return line ? [{ ...line, name: t.name }] : [];
  });
  const groupLines = groups.flatMap((g) => {
    const line = attendance.byGroup.find((l) => l.id === g.id);
    return line ? [{ ...line, name: g.name }] : [];
  });
  return {
    filters,
    options,
    answerDeadlineDays: department.answerDeadlineDays,
    departmentBudgetCents: department.yearlyBudgetCents,
    attendance: {
      total: attendance.total,
      byTerritory: territoryLines,
      byGroup: groupLines,
      byMonth: attendance.byMonth,
    },
    participants,
    proposals,
    money,
  };
}

type Scope = { departmentId: string; filters: ReportFilters };

/** The groups the filters keep (alias g). */
function groupFilter({ departmentId, filters }: Scope) {
  return Prisma.sql`g."departmentId" = ${departmentId}
    AND (${filters.territoryId}::text IS NULL OR g."territoryId" = ${filters.territoryId})
    AND (${filters.groupId}::text IS NULL OR g.id = ${filters.groupId})`;
}

/**
 * The sessions (s) held in the year, in the groups (g) kept, with their invitations counted (t): the
 * tally kept by the database (migration session_tally), one row per session instead of one per
 * invitation. Sessions nobody was invited to count for nothing, as before the tally.
 */
function heldSessions(scope: Scope) {
  const year = scope.filters.year;
  return Prisma.sql`FROM "Session" s
    JOIN "SessionTally" t ON t."departmentId" = s."departmentId" AND t."sessionId" = s.id
    JOIN "Group" g ON g."departmentId" = s."departmentId" AND g.id = s."groupId"
    WHERE s."departmentId" = ${scope.departmentId} AND s.status = 'HELD' AND t.invited > 0
      AND s."startsAt" >= ${parisYearStart(year)} AND s."startsAt" < ${parisYearStart(year + 1)}
      AND ${groupFilter(scope)}`;
}

const rate = (present: number, invited: number) => (invited === 0 ? null : present / invited);

type AttendanceRow = {
  territoryId: string | null;
  groupId: string | null;
  month: string | null;
  byTerritory: boolean;
  byGroup: boolean;
  byMonth: boolean;
  invited: number;
  present: number;
  answers: number;
  feedback: number | null;
};

const PARIS_MONTH = Prisma.sql`to_char((s."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris', 'YYYY-MM')`;

/**
 * Attendance and feedback by territory, by group, by month (Paris months: the trend) and in total:
 * one statement, grouping sets over the held sessions' tallies.
 */
async function attendanceFigures(tx: Tx, scope: Scope) {
  const rows = await tx.$queryRaw<AttendanceRow[]>`
    SELECT g."territoryId" AS "territoryId", g.id AS "groupId", ${PARIS_MONTH} AS month,
      (GROUPING(g."territoryId") = 0 AND GROUPING(g.id) = 1) AS "byTerritory",
      (GROUPING(g.id) = 0) AS "byGroup",
      (GROUPING(${PARIS_MONTH}) = 0) AS "byMonth",
      COALESCE(sum(t.invited), 0)::int AS invited,
      COALESCE(sum(t.present), 0)::int AS present,
      COALESCE(sum(t."feedbackAnswers"), 0)::int AS answers,
      (sum(t."feedbackScore")::float8 / NULLIF(sum(t."feedbackAnswers"), 0)) AS feedback
    ${heldSessions(scope)}
    GROUP BY GROUPING SETS ((g."territoryId"), (g."territoryId", g.id), (${PARIS_MONTH}), ())
    ORDER BY month`;
  const line = (r: AttendanceRow) => ({
    invited: r.invited,
    present: r.present,
    rate: rate(r.present, r.invited),
    feedback: { answers: r.answers, average: r.feedback },
  });
  // The empty grouping set always gives its row, even when no session was held.
  const total = rows.find((r) => !r.byTerritory && !r.byGroup && !r.byMonth)!;
  return {
    total: line(total),
    byTerritory: rows.filter((r) => r.byTerritory).map((r) => ({ id: r.territoryId, ...line(r) })),
    byGroup: rows
      .filter((r) => r.byGroup)
      .map((r) => ({ id: r.groupId!, territoryId: r.territoryId, ...line(r) })),
    byMonth: rows
      .filter((r) => r.byMonth)
      .map((r): AttendanceLine & { month: string } => ({
        month: r.month!,
        invited: r.invited,
        present: r.present,
        rate: rate(r.present, r.invited),
      })),
  };
}

/** Distinct people: active during the year, joined, left, and whose mandate ends that year. */
async function participantFigures(tx: Tx, scope: Scope) {
  const year = scope.filters.year;
  const start = Prisma.sql`make_date(${year}::int, 1, 1)`;
  const end = Prisma.sql`make_date(${year + 1}::int, 1, 1)`;
  const [row] = await tx.$queryRaw<
    { active: number; joined: number; left: number; mandatesEnding: number }[]
  >`
    SELECT
      (count(DISTINCT m."participantId") FILTER (WHERE m."joinedOn" < ${end}
        AND (m."exitedOn" IS NULL OR m."exitedOn" >= ${start})))::int AS active,
      (count(DISTINCT m."participantId") FILTER (WHERE m."joinedOn" >= ${start} AND m."joinedOn" < ${end}))::int AS joined,
      (count(DISTINCT m."participantId") FILTER (WHERE m."exitedOn" >= ${start} AND m."exitedOn" < ${end}))::int AS "left",
      (count(DISTINCT m."participantId") FILTER (WHERE m."exitedOn" IS NULL
        AND m."mandateEndsOn" >= ${start} AND m."mandateEndsOn" < ${end}))::int AS "mandatesEnding"
    FROM "GroupMembership" m
    JOIN "Group" g ON g."departmentId" = m."departmentId" AND g.id = m."groupId"
    WHERE m."departmentId" = ${scope.departmentId} AND ${groupFilter(scope)}`;
  return row ?? { active: 0, joined: 0, left: 0, mandatesEnding: 0 };
}

type ProposalRow = {
  status: ProposalStatus | null;
  count: number;
  overdue: number;
  medianDays: number | null;
};

/** This year's proposals by status; in total, the overdue answers and the median wait (one statement). */
async function proposalFigures(tx: Tx, scope: Scope, answerDeadlineDays: number, now: Date) {
  const year = scope.filters.year;
  const rows = await tx.$queryRaw<ProposalRow[]>`
    SELECT p.status::text AS status, count(*)::int AS count,
      (count(*) FILTER (WHERE p.status IN ('SUBMITTED', 'UNDER_REVIEW')
        AND p."submittedAt" < (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
          - make_interval(days => ${answerDeadlineDays}::int)))::int AS overdue,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY ${parisDay('p."answerPublishedAt"')} - ${parisDay('p."submittedAt"')})
        FILTER (WHERE p."submittedAt" IS NOT NULL AND p."answerPublishedAt" IS NOT NULL))::float8 AS "medianDays"
    FROM "Proposal" p
    JOIN "Group" g ON g."departmentId" = p."departmentId" AND g.id = p."groupId"
    WHERE p."departmentId" = ${scope.departmentId}
      AND p."createdAt" >= ${parisYearStart(year)} AND p."createdAt" < ${parisYearStart(year + 1)}
      AND ${groupFilter(scope)}
    GROUP BY GROUPING SETS ((p.status), ())`;
  const counts: Partial<Record<ProposalStatus, number>> = {};
  for (const r of rows) if (r.status) counts[r.status] = r.count;
  const total = rows.find((r) => r.status === null);
  return {
    counts,
    total: total?.count ?? 0,
    implementationRate: implementationRate(counts),
    overdue: total?.overdue ?? 0,
    medianDaysToAnswer: total?.medianDays == null ? null : Math.round(total.medianDays),
  };
}

type MoneyRow = {
  id: string | null;
  name: string | null;
  budgetCents: bigint | null;
  consumedCents: bigint;
  paidCents: bigint;
  indemnitiesCents: bigint;
  reimbursementsCents: bigint;
};

/** Spend against budget by group (groups with a budget or a claim that year) and their total. */
async function moneyFigures(tx: Tx, scope: Scope) {
  const year = scope.filters.year;
  const rows = await tx.$queryRaw<MoneyRow[]>`
    WITH claims AS (
      SELECT c."groupId",
        sum(c."amountCents") AS consumed,
        sum(c."amountCents") FILTER (WHERE c.status = 'PAID') AS paid,
        sum(c."amountCents") FILTER (WHERE c.type = 'FLAT_INDEMNITY') AS indemnities,
        sum(c."amountCents") FILTER (WHERE c.type <> 'FLAT_INDEMNITY') AS reimbursements
      FROM "ExpenseClaim" c
      WHERE c."departmentId" = ${scope.departmentId} AND c.status IN ('APPROVED', 'PAID')
        AND c."createdAt" >= ${parisYearStart(year)} AND c."createdAt" < ${parisYearStart(year + 1)}
      GROUP BY c."groupId"
    ), lines AS (
      SELECT g.id, g.name, b."amountCents"::bigint AS budget,
        COALESCE(c.consumed, 0) AS consumed, COALESCE(c.paid, 0) AS paid,
        COALESCE(c.indemnities, 0) AS indemnities, COALESCE(c.reimbursements, 0) AS reimbursements
      FROM "Group" g
      LEFT JOIN "GroupBudget" b ON b."departmentId" = g."departmentId" AND b."groupId" = g.id AND b.year = ${year}::int
      LEFT JOIN claims c ON c."groupId" = g.id
      WHERE ${groupFilter(scope)} AND (b.id IS NOT NULL OR c."groupId" IS NOT NULL)
    )
    SELECT id, name, budget AS "budgetCents", consumed AS "consumedCents", paid AS "paidCents",
      indemnities AS "indemnitiesCents", reimbursements AS "reimbursementsCents"
    FROM (SELECT *, 0 AS position FROM lines
          UNION ALL
          SELECT NULL, NULL, COALESCE(sum(budget), 0)::bigint, COALESCE(sum(consumed), 0)::bigint,
            COALESCE(sum(paid), 0)::bigint, COALESCE(sum(indemnities), 0)::bigint,
            COALESCE(sum(reimbursements), 0)::bigint, 1 FROM lines) AS all_lines
    ORDER BY position, name`;
  const cents = (r: MoneyRow) => ({
    consumedCents: Number(r.consumedCents),
    paidCents: Number(r.paidCents),
    indemnitiesCents: Number(r.indemnitiesCents),
    reimbursementsCents: Number(r.reimbursementsCents),
  });
  const total = rows.find((r) => r.id === null)!;
  return {
    byGroup: rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        id: r.id!,
        name: r.name!,
        budgetCents: r.budgetCents === null ? null : Number(r.budgetCents),
        ...cents(r),
      })),
    total: { budgetCents: Number(total.budgetCents ?? 0), ...cents(total) },
  };
}
