import { cache } from "react";
import { withTenant } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, paged } from "@/lib/pagination";
import { DECISIONS, statusForGroup, type Decision } from "@/lib/proposals/status";
import { MILESTONE_LIST, PROPOSAL_ROW, proposalScope } from "@/lib/proposals/store";

// What a participant reads of their groups' proposals. Only what the group may know leaves the
// database: no unpublished answer, no decision before its publication (the status says "under
// review" and the timeline has no line for it), no names of staff, no member's contact data.

export function listGroupProposals(ctx: TenantContext, page: number) {
  return withTenant(ctx, async (tx) => {
    const where = proposalScope(ctx);
    const [rows, total] = await Promise.all([
      tx.proposal.findMany({
        where,
        // Newest first by creation: an order by last change would hint at an unpublished decision.
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...pageWindow(page),
        select: PROPOSAL_ROW,
      }),
      tx.proposal.count({ where }),
    ]);
    const shown = rows.map(({ status, ...p }) => ({ ...p, status: statusForGroup({ ...p, status }) }));
    return paged(shown, total, page);
  });
}

/** Timeline lines the group may read: the answer is announced by its publication, nothing before. */
const GROUP_EVENTS: Prisma.ProposalEventWhereInput = {
  kind: { not: "ANSWER_WRITTEN" },
  NOT: { kind: "STATUS_CHANGED", toStatus: { in: [...DECISIONS] } },
};

// Cached for the request: the page and its metadata (title) read the same record once.
export const getGroupProposal = cache(function getGroupProposal(ctx: TenantContext, id: string) {
  return withTenant(ctx, async (tx) => {
    const proposal = await tx.proposal.findFirst({
      where: { AND: [proposalScope(ctx), { id }] },
      select: {
        id: true,
        title: true,
        status: true,
        addressee: true,
        submittedAt: true,
        answer: true,
        answerPublishedAt: true,
        progress: true,
        dueOn: true,
        group: { select: { name: true } },
        versions: { orderBy: { number: "asc" }, select: { number: true, title: true, description: true } },
        events: {
          where: GROUP_EVENTS,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, kind: true, toStatus: true, note: true, progress: true, createdAt: true },
        },
        milestones: MILESTONE_LIST,
        comments: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            text: true,
            createdAt: true,
            participant: { select: { id: true, firstName: true, isProtected: true } },
          },
        },
      },
    });
    if (!proposal) return null;
    const { answer, status, comments, versions, milestones, progress, dueOn, ...rest } = proposal;
    const published = proposal.answerPublishedAt !== null;
    const decision = published
      ? ((
          await tx.proposalEvent.findFirst({
            where: { departmentId: ctx.departmentId, proposalId: id, toStatus: { in: [...DECISIONS] } },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            select: { toStatus: true },
          })
        )?.toStatus as Decision | undefined)
      : undefined;
    return {
      ...rest,
      status: statusForGroup({ status, answerPublishedAt: proposal.answerPublishedAt }),
      answer: published ? answer : null,
      // The work planned on an accepted proposal would give the decision away before its publication.
      milestones: published ? milestones : [],
      progress: published ? progress : 0,
      dueOn: published ? dueOn : null,
      decision: decision ?? null,
      original: versions[0] ?? null,
      current: versions.length > 1 ? (versions.at(-1) ?? null) : null,
      comments: comments.map((c) => ({
        id: c.id,
        text: c.text,
        createdAt: c.createdAt,
        mine: c.participant?.id === ctx.participantId,
        /** Protected members are never named to the others (SPEC §3). */
        firstName: c.participant && !c.participant.isProtected ? c.participant.firstName : null,
      })),
    };
  });
});

export type GroupProposal = NonNullable<Awaited<ReturnType<typeof getGroupProposal>>>;
