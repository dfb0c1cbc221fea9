import type { ActionContext } from "@/lib/actions";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { groupScope } from "@/lib/scopes";

export type NewDraft = {
  groupId: string;
  title: string;
  /** In the group's own words: kept forever as version 1, even after staff edits. */
  description: string;
  policyArea?: string | null;
  /** The body that will decide (a committee, a department's direction). */
  addressee?: string | null;
  originSessionId?: string | null;
  /** The sticky note the draft was born from, if any: it is linked to the proposal. */
  contributionId?: string | null;
};

/**
 * A new DRAFT proposal of a group the caller works with, with its version 1 and its CREATED event.
 * The one way to create a proposal: from the proposals page or from a session's contribution.
 */
export async function createDraftProposal(ctx: ActionContext, input: NewDraft) {
  const { tx, departmentId } = ctx;
  const group = await tx.group.findFirst({
    where: { AND: [groupScope(ctx), { id: input.groupId }] },
    select: { id: true },
  });
  if (!group) throw notFound();
  if (input.originSessionId) {
    const session = await tx.session.count({
      where: { id: input.originSessionId, departmentId, groupId: group.id },
    });
    // The group is the caller's: saying that this meeting is not one of its own reveals nothing.
    if (!session) throw invalid({ originSessionId: [{ key: "validation.sessionOfGroup" }] });
  }
  const proposal = await tx.proposal.create({
    data: {
      departmentId,
      groupId: group.id,
      title: input.title,
      description: input.description,
      ...(input.policyArea && { policyArea: input.policyArea }),
      ...(input.addressee && { addressee: input.addressee }),
      ...(input.originSessionId && { originSessionId: input.originSessionId }),
    },
  });
  const common = { departmentId, proposalId: proposal.id };
  await tx.proposalVersion.create({
    data: {
      ...common,
      number: 1,
      title: proposal.title,
      description: proposal.description,
      editedById: ctx.userId,
    },
  });
  await tx.proposalEvent.create({
    data: { ...common, kind: "CREATED", toStatus: "DRAFT", actorId: ctx.userId },
  });
  if (input.contributionId) {
    const linked = await tx.contribution.updateMany({
      where: {
        id: input.contributionId,
        departmentId,
        proposalId: null,
        ...(input.originSessionId && { sessionId: input.originSessionId }),
      },
      data: { proposalId: proposal.id },
    });
    if (linked.count !== 1) throw notFound();
  }
  await recordAudit(ctx, {
    action: "proposal.create",
    entity: "Proposal",
    entityId: proposal.id,
    after: { groupId: group.id, title: proposal.title, originSessionId: proposal.originSessionId },
  });
  return proposal;
}
