import type { ActionContext } from "@/lib/actions";
import type { Prisma, ProposalStatus } from "@/lib/generated/prisma/client";
import { can } from "@/lib/authz";
import { forbidden, invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { transitionBetween } from "@/lib/proposals/lifecycle";
import { tellGroup } from "@/lib/proposals/notify";
import { addEvent, proposalToChange, saveProposal, type ProposalForChange } from "@/lib/proposals/store";
import type {
  DecideProposalInput,
  ReviewProposalInput,
  StartWorkInput,
  SubmitProposalInput,
} from "@/lib/proposals/schemas";

// Status changes along the lifecycle (lib/proposals/lifecycle.ts). Each is one transaction: the
// compare-and-set, its STATUS_CHANGED event, the audit record and the group's messages.

type Move = {
  to: ProposalStatus;
  note?: string | null;
  /** Other columns changed with the status. */
  data?: Omit<Prisma.ProposalUncheckedUpdateManyInput, "status" | "version">;
  /** Recorded on the event (reaching IMPLEMENTED is reaching 100 %). */
  progress?: number;
};

export async function changeStatus(ctx: ActionContext, proposal: ProposalForChange, move: Move) {
  const step = transitionBetween(proposal.status, move.to);
  if (!step) throw invalid({ _form: [{ key: "validation.proposalStep" }] });
  if (!can(ctx.role, step.permission)) throw forbidden();
  await saveProposal(ctx, proposal, { ...move.data, status: move.to });
  await addEvent(ctx, proposal.id, {
    kind: "STATUS_CHANGED",
    fromStatus: proposal.status,
    toStatus: move.to,
    note: move.note ?? null,
    progress: move.progress,
  });
  await recordAudit(ctx, {
    action: "proposal.status",
    entity: "Proposal",
    entityId: proposal.id,
    before: { status: proposal.status, version: proposal.version },
    after: { status: move.to, version: proposal.version + 1, note: move.note ?? null, ...move.data },
  });
  if (step.tellsGroup) await tellGroup(ctx, proposal, { template: "proposal-status", status: move.to });
  return { id: proposal.id };
}

/** A facilitator or coordinator sends the group's draft to the body that will decide. */
export async function submitProposal(ctx: ActionContext, input: SubmitProposalInput) {
  const proposal = await proposalToChange(ctx, input.proposalId, input.version);
  return changeStatus(ctx, proposal, {
    to: "SUBMITTED",
    note: input.note,
    data: { addressee: input.addressee, submittedAt: new Date() },
  });
}

/** The decision-makers (or the coordination) start studying it. */
export async function reviewProposal(ctx: ActionContext, input: ReviewProposalInput) {
  const proposal = await proposalToChange(ctx, input.proposalId, input.version);
  return changeStatus(ctx, proposal, { to: "UNDER_REVIEW", note: input.note });
}

/**
 * The decision and, with it, the answer as written. The group does not see either until a
 * coordinator publishes the answer (lib/proposals/answers.ts).
 */
export async function decideProposal(ctx: ActionContext, input: DecideProposalInput) {
  const proposal = await proposalToChange(ctx, input.proposalId, input.version);
  const answered = input.answer
    ? { answer: input.answer, answeredAt: new Date(), answeredById: ctx.userId }
    : {};
  const result = await changeStatus(ctx, proposal, { to: input.decision, data: answered });
  if (input.answer) await addEvent(ctx, proposal.id, { kind: "ANSWER_WRITTEN" });
  return result;
}

/** Work on an accepted proposal starts; the group must have been told the answer first. */
export async function startWork(ctx: ActionContext, input: StartWorkInput) {
  const proposal = await proposalToChange(ctx, input.proposalId, input.version);
  if (!proposal.answerPublishedAt && transitionBetween(proposal.status, "IN_PROGRESS"))
    throw invalid({ _form: [{ key: "validation.publishFirst" }] });
  return changeStatus(ctx, proposal, { to: "IN_PROGRESS", note: input.note, data: { dueOn: input.dueOn } });
}
