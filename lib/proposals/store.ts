import type { ActionContext } from "@/lib/actions";
import type { TenantContext } from "@/lib/tenancy";
import type { Prisma, ProposalEventKind, ProposalStatus } from "@/lib/generated/prisma/client";
import { conflict, notFound } from "@/lib/errors";
import { groupIdScope } from "@/lib/scopes";
import { can } from "@/lib/authz";

// Reading and changing one proposal. Every change is a compare-and-set on (status, version): of two
// people acting on the same proposal at once, the second is told to reload and nothing of theirs is
// written (ENGINEERING.md §4).

/**
 * The proposals the caller may see: their groups' (facilitators, participants) or the department's.
 * A draft is seen only by those who write drafts: it reaches decision-makers and the group's members
 * once sent. Combine with AND, never by spreading.
 */
export function proposalScope(ctx: TenantContext): Prisma.ProposalWhereInput {
  const inGroups: Prisma.ProposalWhereInput = groupIdScope(ctx);
  return can(ctx.role, "proposals.draft") ? inGroups : { AND: [inGroups, { status: { not: "DRAFT" } }] };
}

/** A proposal as a line of a list. */
export const PROPOSAL_ROW = {
  id: true,
  title: true,
  status: true,
  submittedAt: true,
  answerPublishedAt: true,
  group: { select: { name: true } },
} satisfies Prisma.ProposalSelect;

/** A proposal's milestones as every page lists them: by due date, undated ones last. */
export const MILESTONE_LIST = {
  orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  select: { id: true, title: true, dueOn: true, doneOn: true },
} satisfies Prisma.Proposal$milestonesArgs;

const FOR_CHANGE = {
  id: true,
  groupId: true,
  title: true,
  description: true,
  policyArea: true,
  addressee: true,
  status: true,
  version: true,
  answer: true,
  answerPublishedAt: true,
  progress: true,
  dueOn: true,
} satisfies Prisma.ProposalSelect;

export type ProposalForChange = Prisma.ProposalGetPayload<{ select: typeof FOR_CHANGE }>;

/**
 * The proposal as the caller's form saw it: not in their scope → 404; changed since (another
 * version) → conflict, before any rule is checked against a state the caller has not seen.
 */
export async function proposalToChange(
  ctx: ActionContext,
  proposalId: string,
  version: number,
): Promise<ProposalForChange> {
  const proposal = await ctx.tx.proposal.findFirst({
    where: { AND: [proposalScope(ctx), { id: proposalId }] },
    select: FOR_CHANGE,
  });
  if (!proposal) throw notFound();
  if (proposal.version !== version) throw conflict();
  return proposal;
}

/** Compare-and-set: writes only if status and version are still those read. */
export async function saveProposal(
  ctx: ActionContext,
  current: Pick<ProposalForChange, "id" | "status" | "version">,
  data: Omit<Prisma.ProposalUncheckedUpdateManyInput, "version">,
): Promise<void> {
  const changed = await ctx.tx.proposal.updateMany({
    where: {
      id: current.id,
      departmentId: ctx.departmentId,
      status: current.status,
      version: current.version,
    },
    data: { ...data, version: { increment: 1 } },
  });
  if (changed.count !== 1) throw conflict();
}

export type NewEvent = {
  kind: ProposalEventKind;
  fromStatus?: ProposalStatus;
  toStatus?: ProposalStatus;
  note?: string | null;
  progress?: number;
};

/** One line of the proposal's timeline, by the caller, now. */
export function addEvent(ctx: ActionContext, proposalId: string, event: NewEvent) {
  // strictUndefinedChecks: keys left undefined are dropped rather than passed on.
  const given = Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined)) as NewEvent;
  return ctx.tx.proposalEvent.create({
    data: { departmentId: ctx.departmentId, proposalId, actorId: ctx.userId, ...given },
  });
}
