import { withTenant, type Tx } from "@/lib/db";
import { dateInDays } from "@/lib/dates";
import type { TenantContext } from "@/lib/tenancy";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { AWAITING_ANSWER, overdueBefore } from "@/lib/proposals/status";

// What each role sees first. One tenant transaction per dashboard, counts computed by the database.

const UPCOMING_LIMIT = 5;

export async function coordinatorDashboard(ctx: TenantContext, now = new Date()) {
  const departmentId = ctx.departmentId;
  return withTenant(ctx, async (tx) => {
    const department = await tx.department.findUniqueOrThrow({
      where: { id: departmentId },
      select: { answerDeadlineDays: true },
    });
    const [activeGroups, activeParticipants, proposals, claimsToReview, upcoming, mandatesEnding] =
      await Promise.all([
        tx.group.count({ where: { departmentId, status: "ACTIVE" } }),
        tx.participant.count({
          where: { departmentId, anonymisedAt: null, groupMemberships: { some: { exitedOn: null } } },
        }),
        proposalFigures(tx, departmentId, department.answerDeadlineDays, now),
        tx.expenseClaim.count({ where: { departmentId, status: "SUBMITTED" } }),
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
      answerDeadlineDays: department.answerDeadlineDays,
      figures: {
        activeGroups,
        activeParticipants,
        awaitingAnswer: proposals.awaiting,
        overdueAnswers: proposals.overdue,
        claimsToReview,
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
    const { answerDeadlineDays } = await tx.department.findUniqueOrThrow({
      where: { id: departmentId },
      select: { answerDeadlineDays: true },
    });
    const [proposals, toAnswer] = await Promise.all([
      proposalFigures(tx, departmentId, answerDeadlineDays, now),
      tx.proposal.findMany({
        where: { departmentId, status: { in: AWAITING_ANSWER } },
        orderBy: { submittedAt: "asc" },
        take: 10,
        select: { id: true, title: true, submittedAt: true, group: { select: { name: true } } },
      }),
    ]);
    return { answerDeadlineDays, proposals, toAnswer };
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
async function proposalFigures(tx: Tx, departmentId: string, answerDeadlineDays: number, now: Date) {
  const awaiting = { departmentId, status: { in: AWAITING_ANSWER } };
  const [byStatus, overdue, [median]] = await Promise.all([
    tx.proposal.groupBy({ by: ["status"], where: { departmentId }, _count: { _all: true } }),
    tx.proposal.count({
      where: { ...awaiting, submittedAt: { lt: overdueBefore(now, answerDeadlineDays) } },
    }),
    // Timestamps are stored in UTC; days are counted in Paris, like lib/dates.ts daysBetween.
    tx.$queryRaw<{ days: number | null }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY
        (("answerPublishedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date
        - (("submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date) AS days
      FROM "Proposal"
      WHERE "departmentId" = ${departmentId}
        AND "submittedAt" IS NOT NULL AND "answerPublishedAt" IS NOT NULL`,
  ]);
  const counts = Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<
    Record<ProposalStatus, number>
  >;
  return {
    counts,
    implementationRate: implementationRate(counts),
    awaiting: AWAITING_ANSWER.reduce((sum, status) => sum + (counts[status] ?? 0), 0),
    overdue,
    medianDaysToAnswer: median?.days === null || median?.days === undefined ? null : Math.round(median.days),
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
