import type { ActionContext } from "@/lib/actions";
import { invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { TEXT_EDITABLE } from "@/lib/proposals/lifecycle";
import { addEvent, proposalToChange, saveProposal } from "@/lib/proposals/store";
import type { EditProposalInput } from "@/lib/proposals/schemas";

// The group's own wording is kept: a staff edit of the title or text makes a new version (number + 1)
// and a TEXT_EDITED event; version 1 stays as the group said it. Decision-makers have no permission
// to edit (proposals.draft), and nobody rewords a proposal once a decision is taken on it.

export async function editProposal(ctx: ActionContext, input: EditProposalInput) {
  const proposal = await proposalToChange(ctx, input.proposalId, input.version);
  if (!TEXT_EDITABLE.includes(proposal.status)) throw invalid({ _form: [{ key: "validation.textLocked" }] });
  const { title, description, policyArea, addressee } = input;
  const reworded = title !== proposal.title || description !== proposal.description;
  await saveProposal(ctx, proposal, { title, description, policyArea, addressee });
  if (reworded) {
    const last = await ctx.tx.proposalVersion.aggregate({
      where: { departmentId: ctx.departmentId, proposalId: proposal.id },
      _max: { number: true },
    });
    await ctx.tx.proposalVersion.create({
      data: {
        departmentId: ctx.departmentId,
        proposalId: proposal.id,
        number: (last._max.number ?? 0) + 1,
        title,
        description,
        editedById: ctx.userId,
      },
    });
    await addEvent(ctx, proposal.id, { kind: "TEXT_EDITED", note: input.note });
  }
  await recordAudit(ctx, {
    action: "proposal.edit",
    entity: "Proposal",
    entityId: proposal.id,
    before: {
      title: proposal.title,
      description: proposal.description,
      policyArea: proposal.policyArea,
      addressee: proposal.addressee,
    },
    after: { title, description, policyArea, addressee },
  });
  return { id: proposal.id };
}
