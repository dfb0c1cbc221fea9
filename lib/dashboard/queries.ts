import { withTenant, type Tx } from "@/lib/db";
import { dateInDays } from "@/lib/dates";
import type { TenantContext } from "@/lib/tenancy";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { AWAITING_ANSWER } from "@/lib/proposals/status";

// What each role sees first. One tenant transaction per dashboard, counts computed by the database.

const UPCOMING_LIMIT = 5;

export async function coordinatorDashboard(ctx: TenantContext, now = new Date()) {
  const departmentId = ctx.departmentId;
  return withTenant(ctx, async (tx) => {
    const [proposals, [counts], upcoming, mandatesEnding] = await Promise.all([
      proposalFigures(tx, departmentId, now),
      // The three headline counts in one statement: the dashboard's statements stay few and fixed.
      tx.$queryRaw<{ activeGroups: number; activeParticipants: number; claimsToReview: number }[]>`
        SELECT
          (SELECT count(*)::int FROM "Group"
            WHERE "departmentId" = ${departmentId} AND status = 'ACTIVE') AS "activeGroups",
          (SELECT count(*)::int FROM "Participant" p
            WHERE p."departmentId" = ${departmentId} AND p."anonymisedAt" IS NULL
              AND EXISTS (SELECT 1 FROM "GroupMembership" m
                          WHERE m."departmentId" = p."departmentId" AND m."participantId" = p.id
                            AND m."exitedOn" IS NULL)) AS "activeParticipants",
          (SELECT count(*)::int FROM "ExpenseClaim"
            WHERE "departmentId" = ${departmentId} AND status = 'SUBMITTED') AS "claimsToReview"`,
      upcomingSessions(tx, { departmentId }, now),
      tx.groupMembership.findMany({
        where: {
          departmentId,
          exitedOn: null,
          mandateEndsOn: { gte: dateInDays(now, 0), lte: dateInDays(now, 60) },
        },
        orderBy: { mandateEndsOn: "asc" },
        take: 10,
        select: {
          id: true,
          mandateEndsOn: true,
          group: { select: { name: true } },
          participant: { select: { firstName: true, lastName: true } },
        },
      }),
    ]);
    return {
      answerDeadlineDays: proposals.answerDeadlineDays,
      figures: {
        activeGroups: counts?.activeGroups ?? 0,
        activeParticipants: counts?.activeParticipants ?? 0,
        awaitingAnswer: proposals.awaiting,
        overdueAnswers: proposals.overdue,
        claimsToReview: counts?.claimsToReview ?? 0,
      },
      proposals,
      upcoming,
      mandatesEnding,
    };
  });
}

export async function facilitatorDashboard(ctx: TenantContext, now = new Date()) {
  const { departmentId, groupIds } = ctx;
  return withTenant(ctx, async (tx) => {
    const [groups, upcoming] = await Promise.all([
      tx.group.findMany({
        where: { departmentId, id: { in: groupIds } },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          _count: { select: { members: { where: { exitedOn: null } } } },
          sessions: {
            where: { startsAt: { gte: now }, status: "PLANNED" },
            orderBy: { startsAt: "asc" },
            take: 1,
            select: { startsAt: true },
          },
        },
      }),
      upcomingSessions(tx, { departmentId, groupId: { in: groupIds } }, now),
    ]);
    return { groups, upcoming };
  });
}

export async function decisionMakerDashboard(ctx: TenantContext, now = new Date()) {
  const departmentId = ctx.departmentId;
  return withTenant(ctx, async (tx) => {
    const [proposals, toAnswer] = await Promise.all([
      proposalFigures(tx, departmentId, now),
      tx.proposal.findMany({
        where: { departmentId, status: { in: AWAITING_ANSWER } },
        orderBy: { submittedAt: "asc" },
        take: 10,
        select: { id: true, title: true, submittedAt: true, group: { select: { name: true } } },
      }),
    ]);
    return { answerDeadlineDays: proposals.answerDeadlineDays, proposals, toAnswer };
  });
}

type SessionFilter = { departmentId: string; groupId?: { in: string[] } };

function upcomingSessions(tx: Tx, where: SessionFilter, now: Date) {
  return tx.session.findMany({
    where: { ...where, startsAt: { gte: now }, status: "PLANNED" },
    orderBy: { startsAt: "asc" },
    take: UPCOMING_LIMIT,
    select: {
      id: true,
      title: true,
      startsAt: true,
      venue: true,
      group: { select: { name: true } },
      _count: { select: { invitations: true } },
    },
  });
}

export type ProposalFigures = Awaited<ReturnType<typeof proposalFigures>>;

/**
 * The department's proposals in figures, all computed by the database: counts by status, the
 * implementation rate, answers awaited and overdue, and the median number of days between sending
 * a proposal and publishing its answer to the group (the wait the group lived).
 */
async function proposalFigures(tx: Tx, departmentId: string, now: Date) {
  const [byStatus, [wait]] = await Promise.all([
    tx.proposal.groupBy({ by: ["status"], where: { departmentId }, _count: { _all: true } }),
    // The department's answer deadline, the answers overdue by it and the median wait, in one
    // statement. Timestamps are stored in UTC; days are counted in Paris, like lib/dates.ts
    // daysBetween; the deadline is in whole days of 24 hours, like overdueBefore.
    tx.$queryRaw<{ answerDeadlineDays: number; overdue: number; days: number | null }[]>`
      SELECT d."answerDeadlineDays",
        (SELECT count(*)::int FROM "Proposal" p
          WHERE p."departmentId" = d.id
            AND p.status = ANY(CAST(${AWAITING_ANSWER} AS "ProposalStatus"[]))
            AND p."submittedAt" < CAST(${now} AS timestamp) - d."answerDeadlineDays" * interval '1 day'
        ) AS overdue,
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY
            (("answerPublishedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date
            - (("submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date)
          FROM "Proposal"
          WHERE "departmentId" = d.id AND "submittedAt" IS NOT NULL AND "answerPublishedAt" IS NOT NULL
        ) AS days
      FROM "Department" d WHERE d.id = ${departmentId}`,
  ]);
  if (!wait) throw new Error(`department ${departmentId} not found`);
  const counts = Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<
    Record<ProposalStatus, number>
  >;
  return {
    answerDeadlineDays: wait.answerDeadlineDays,
    counts,
    implementationRate: implementationRate(counts),
    awaiting: AWAITING_ANSWER.reduce((sum, status) => sum + (counts[status] ?? 0), 0),
    overdue: wait.overdue,
    medianDaysToAnswer: wait.days === null ? null : Math.round(wait.days),
  };
}

/**
 * Share of the proposals that reached the decision-makers (everything but drafts) and were carried
 * out. Null when none has been sent yet.
 */
export function implementationRate(counts: Partial<Record<ProposalStatus, number>>): number | null {
  const sent = Object.entries(counts)
    .filter(([status]) => status !== "DRAFT")
    .reduce((sum, [, n]) => sum + (n ?? 0), 0);
  return sent === 0 ? null : (counts.IMPLEMENTED ?? 0) / sent;
}
