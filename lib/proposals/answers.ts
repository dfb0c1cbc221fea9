import type { ActionContext } from "@/lib/actions";
import { invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { isDecision } from "@/lib/proposals/status";
import { tellGroup } from "@/lib/proposals/notify";
import { addEvent, proposalToChange, saveProposal } from "@/lib/proposals/store";
import type { PublishAnswerInput, WriteAnswerInput } from "@/lib/proposals/schemas";

// Answered versus published: decision-makers or coordinators write the answer (it may be reworded
// until it goes out); a coordinator publishes it, for instance before the group's next meeting.
// Participants only ever see a published answer.

/** Rewrites the answer of a decided proposal, as long as the group has not received it. */
export async function writeAnswer(ctx: ActionContext, input: WriteAnswerInput) {
  const proposal = await proposalToChange(ctx, input.proposalId, input.version);
  if (!isDecision(proposal.status)) throw invalid({ _form: [{ key: "validation.proposalStep" }] });
  if (proposal.answerPublishedAt) throw invalid({ _form: [{ key: "validation.answerPublished" }] });
  await saveProposal(ctx, proposal, {
    answer: input.answer,
    answeredAt: new Date(),
    answeredById: ctx.userId,
  });
  await addEvent(ctx, proposal.id, { kind: "ANSWER_WRITTEN" });
  await recordAudit(ctx, {
    action: "proposal.answer",
    entity: "Proposal",
    entityId: proposal.id,
    before: { answer: proposal.answer },
    after: { answer: input.answer },
  });
  return { id: proposal.id };
}

/** Sends the written answer to the group: from now on they read it, with the decision. */
export async function publishAnswer(ctx: ActionContext, input: PublishAnswerInput) {
  const proposal = await proposalToChange(ctx, input.proposalId, input.version);
  if (!isDecision(proposal.status)) throw invalid({ _form: [{ key: "validation.proposalStep" }] });
  if (proposal.answerPublishedAt) throw invalid({ _form: [{ key: "validation.answerPublished" }] });
  if (!proposal.answer) throw invalid({ _form: [{ key: "validation.answerMissing" }] });
  const publishedAt = new Date();
  await saveProposal(ctx, proposal, { answerPublishedAt: publishedAt, answerPublishedById: ctx.userId });
  await addEvent(ctx, proposal.id, { kind: "ANSWER_PUBLISHED" });
  await recordAudit(ctx, {
    action: "proposal.publish",
    entity: "Proposal",
    entityId: proposal.id,
    after: { answerPublishedAt: publishedAt, status: proposal.status },
  });
  const told = await tellGroup(ctx, proposal, { template: "proposal-answer" });
  return { id: proposal.id, told };
}
