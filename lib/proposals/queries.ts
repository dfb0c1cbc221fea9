import { withTenant } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";
import type { Prisma, ProposalStatus } from "@/lib/generated/prisma/client";
import { pageWindow, paged } from "@/lib/pagination";
import { groupScope } from "@/lib/scopes";
import { AWAITING_ANSWER, DECISIONS, overdueBefore } from "@/lib/proposals/status";
import { PROPOSAL_ROW, proposalScope } from "@/lib/proposals/store";
import { containsText } from "@/lib/like";

// The staff's list of proposals: filters, search, the decision-makers' queue, pagination.

/** toAnswer: waiting for a decision (oldest first). toPublish: decided, the group not yet told. */
export const QUEUES = ["toAnswer", "toPublish"] as const;
export type Queue = (typeof QUEUES)[number];

export type ProposalFilters = {
  q?: string;
  status?: ProposalStatus;
  groupId?: string;
  territoryId?: string;
  year?: number;
  overdue: boolean;
  queue?: Queue;
  page: number;
};

function queueWhere(queue: Queue | undefined): Prisma.ProposalWhereInput {
  if (queue === "toAnswer") return { status: { in: AWAITING_ANSWER } };
  if (queue === "toPublish") return { status: { in: [...DECISIONS] }, answerPublishedAt: null };
  return {};
}

function yearWhere(year: number | undefined): Prisma.ProposalWhereInput {
  if (!year) return {};
  return { createdAt: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } };
}

export function listProposals(ctx: TenantContext, filters: ProposalFilters, now = new Date()) {
  return withTenant(ctx, async (tx) => {
    const { answerDeadlineDays } = await tx.department.findUniqueOrThrow({
      where: { id: ctx.departmentId },
      select: { answerDeadlineDays: true },
    });
    const q = filters.q?.trim();
    const where: Prisma.ProposalWhereInput = {
      AND: [
        proposalScope(ctx),
        q
          ? {
              OR: [
                { title: containsText(q) },
                { description: containsText(q) },
                { addressee: containsText(q) },
              ],
            }
          : {},
        filters.status ? { status: filters.status } : {},
        filters.groupId ? { groupId: filters.groupId } : {},
        filters.territoryId ? { group: { territoryId: filters.territoryId } } : {},
        yearWhere(filters.year),
        filters.overdue
          ? {
              status: { in: AWAITING_ANSWER },
              submittedAt: { lt: overdueBefore(now, answerDeadlineDays) },
            }
          : {},
        queueWhere(filters.queue),
      ],
    };
    const orderBy: Prisma.ProposalOrderByWithRelationInput[] =
      filters.queue === "toAnswer" || filters.overdue
        ? [{ submittedAt: "asc" }]
        : filters.queue === "toPublish"
          ? [{ answeredAt: "asc" }]
          : [{ updatedAt: "desc" }];
    const [rows, total] = await Promise.all([
      tx.proposal.findMany({
        where,
        orderBy: [...orderBy, { id: "asc" }],
        ...pageWindow(filters.page),
        select: { ...PROPOSAL_ROW, addressee: true },
        // The groups' names in a second statement, for the page's rows only: joined, they were
        // built for every match before the sort (a search matching 2,000 proposals built 2,000).
        relationLoadStrategy: "query",
      }),
      tx.proposal.count({ where }),
    ]);
    return { ...paged(rows, total, filters.page), answerDeadlineDays };
  });
}

/** The groups and territories the list can be filtered by: those the caller sees. */
export function proposalFilterOptions(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => {
    const [groups, territories] = await Promise.all([
      tx.group.findMany({
        where: groupScope(ctx),
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      }),
      tx.territory.findMany({
        where: { departmentId: ctx.departmentId },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      }),
    ]);
    return { groups, territories };
  });
}

/** For a new draft: the caller's active groups, and their meetings already held (newest first). */
export function draftOptions(ctx: TenantContext, now = new Date()) {
  return withTenant(ctx, async (tx) => {
    const groups = await tx.group.findMany({
      where: { AND: [groupScope(ctx), { status: "ACTIVE" }] },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        sessions: {
          where: { startsAt: { lte: now }, status: { not: "CANCELLED" } },
          orderBy: { startsAt: "desc" },
          take: 24,
          select: { id: true, title: true, startsAt: true },
        },
      },
    });
    return groups;
  });
}
