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
    const department = await tx.department.findUniqueOrThrow({
      where: { id: departmentId },
      select: { answerDeadlineDays: true },
    });
    const overdueBefore = new Date(now.getTime() - department.answerDeadlineDays * 86_400_000);
    const [
      activeGroups,
      activeParticipants,
      awaitingAnswer,
      overdueAnswers,
      claimsToReview,
      upcoming,
      mandatesEnding,
    ] = await Promise.all([
      tx.group.count({ where: { departmentId, status: "ACTIVE" } }),
      tx.participant.count({
        where: { departmentId, anonymisedAt: null, groupMemberships: { some: { exitedOn: null } } },
      }),
      tx.proposal.count({ where: { departmentId, status: { in: AWAITING_ANSWER } } }),
      tx.proposal.count({
        where: { departmentId, status: { in: AWAITING_ANSWER }, submittedAt: { lt: overdueBefore } },
      }),
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
      figures: { activeGroups, activeParticipants, awaitingAnswer, overdueAnswers, claimsToReview },
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

export async function decisionMakerDashboard(ctx: TenantContext) {
  const departmentId = ctx.departmentId;
  return withTenant(ctx, async (tx) => {
    const [byStatus, toAnswer] = await Promise.all([
      tx.proposal.groupBy({ by: ["status"], where: { departmentId }, _count: { _all: true } }),
      tx.proposal.findMany({
        where: { departmentId, status: { in: AWAITING_ANSWER } },
        orderBy: { submittedAt: "asc" },
        take: 10,
        select: { id: true, title: true, submittedAt: true, group: { select: { name: true } } },
      }),
    ]);
    const counts = Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<
      Record<ProposalStatus, number>
    >;
    return { counts, implementationRate: implementationRate(counts), toAnswer };
  });
}

export async function participantDashboard(ctx: TenantContext, now = new Date()) {
  const { departmentId, participantId, groupIds } = ctx;
  return withTenant(ctx, async (tx) => {
    const [invitations, proposals] = await Promise.all([
      tx.invitation.findMany({
        where: { departmentId, participantId: participantId ?? "", session: { startsAt: { gte: now } } },
        orderBy: { session: { startsAt: "asc" } },
        take: UPCOMING_LIMIT,
        select: {
          id: true,
          rsvp: true,
          session: { select: { title: true, startsAt: true, venue: true, status: true } },
        },
      }),
      tx.proposal.findMany({
        where: { departmentId, groupId: { in: groupIds }, status: { not: "DRAFT" } },
        orderBy: { updatedAt: "desc" },
        take: 10,
        select: { id: true, title: true, status: true, submittedAt: true, answerPublishedAt: true },
      }),
    ]);
    return { invitations, proposals };
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
