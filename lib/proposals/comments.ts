import type { ActionContext } from "@/lib/actions";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { proposalScope } from "@/lib/proposals/store";
import type { CommentInput } from "@/lib/proposals/schemas";

/**
 * A participant reacts to the published answer to one of their groups' proposals; decision-makers
 * read it on the proposal's page.
 */
export async function addComment(ctx: ActionContext, input: CommentInput) {
  if (!ctx.participantId) throw notFound();
  const proposal = await ctx.tx.proposal.findFirst({
    where: { AND: [proposalScope(ctx), { id: input.proposalId }] },
    select: { id: true, answerPublishedAt: true },
  });
  if (!proposal) throw notFound();
  if (!proposal.answerPublishedAt) throw invalid({ _form: [{ key: "validation.notYetAnswered" }] });
  const comment = await ctx.tx.proposalComment.create({
    data: {
      departmentId: ctx.departmentId,
      proposalId: proposal.id,
      participantId: ctx.participantId,
      authorId: ctx.userId,
      text: input.text,
    },
  });
  await recordAudit(ctx, {
    action: "proposal.comment",
    entity: "ProposalComment",
    entityId: comment.id,
    after: { proposalId: proposal.id, text: input.text },
  });
  return { id: comment.id };
}
