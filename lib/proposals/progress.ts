import type { ActionContext } from "@/lib/actions";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { MILESTONES_OPEN } from "@/lib/proposals/lifecycle";
import { changeStatus } from "@/lib/proposals/transitions";
import { addEvent, proposalScope, proposalToChange, saveProposal } from "@/lib/proposals/store";
import type { AddMilestoneInput, MilestoneDoneInput, ProgressInput } from "@/lib/proposals/schemas";

// Carrying out an accepted proposal: progress from 0 to 100 % and dated milestones. Reaching 100 %
// is the status change to IMPLEMENTED (one event, which the group is told about).

export async function updateProgress(ctx: ActionContext, input: ProgressInput) {
  const proposal = await proposalToChange(ctx, input.proposalId, input.version);
  if (proposal.status !== "IN_PROGRESS") throw invalid({ _form: [{ key: "validation.proposalStep" }] });
  if (input.progress === 100) {
    return changeStatus(ctx, proposal, {
      to: "IMPLEMENTED",
      note: input.note,
      progress: 100,
      data: { progress: 100, dueOn: input.dueOn },
    });
  }
  await saveProposal(ctx, proposal, { progress: input.progress, dueOn: input.dueOn });
  await addEvent(ctx, proposal.id, { kind: "PROGRESS_UPDATED", progress: input.progress, note: input.note });
  await recordAudit(ctx, {
    action: "proposal.progress",
    entity: "Proposal",
    entityId: proposal.id,
    before: { progress: proposal.progress, dueOn: proposal.dueOn },
    after: { progress: input.progress, dueOn: input.dueOn, note: input.note },
  });
  return { id: proposal.id };
}

export async function addMilestone(ctx: ActionContext, input: AddMilestoneInput) {
  const proposal = await ctx.tx.proposal.findFirst({
    where: { AND: [proposalScope(ctx), { id: input.proposalId }] },
    select: { id: true, status: true },
  });
  if (!proposal) throw notFound();
  if (!MILESTONES_OPEN.includes(proposal.status))
    throw invalid({ _form: [{ key: "validation.proposalStep" }] });
  const milestone = await ctx.tx.proposalMilestone.create({
    data: { departmentId: ctx.departmentId, proposalId: proposal.id, title: input.title, dueOn: input.dueOn },
  });
  await recordAudit(ctx, {
    action: "proposal.milestone.add",
    entity: "ProposalMilestone",
    entityId: milestone.id,
    after: { proposalId: proposal.id, title: input.title, dueOn: input.dueOn },
  });
  return { id: milestone.id };
}

/** Ticks a milestone as done on a given day; a milestone already done stays as it was. */
export async function completeMilestone(ctx: ActionContext, input: MilestoneDoneInput) {
  const milestone = await ctx.tx.proposalMilestone.findFirst({
    where: { id: input.milestoneId, departmentId: ctx.departmentId, proposal: proposalScope(ctx) },
    select: { id: true, doneOn: true, proposal: { select: { status: true } } },
  });
  if (!milestone) throw notFound();
  if (!MILESTONES_OPEN.includes(milestone.proposal.status))
    throw invalid({ _form: [{ key: "validation.proposalStep" }] });
  const changed = await ctx.tx.proposalMilestone.updateMany({
    where: { id: milestone.id, departmentId: ctx.departmentId, doneOn: null },
    data: { doneOn: input.doneOn },
  });
  if (changed.count !== 1) throw invalid({ _form: [{ key: "validation.milestoneDone" }] });
  await recordAudit(ctx, {
    action: "proposal.milestone.done",
    entity: "ProposalMilestone",
    entityId: milestone.id,
    after: { doneOn: input.doneOn },
  });
  return { id: milestone.id };
}
