import type { ActionContext } from "@/lib/actions";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { createDraftProposal } from "@/lib/proposals/drafts";
import { sessionInScope } from "@/lib/sessions/service";
import { sessionScope } from "@/lib/sessions/scope";
import { TEMPLATE_CATEGORIES } from "@/lib/sessions/options";
import type { ContributionInput, VoteInput } from "@/lib/sessions/schemas";

// The sticky notes of a session, in its method's categories, and the dot-votes that rank them.

export async function addContribution(ctx: ActionContext, input: ContributionInput) {
  const session = await sessionInScope(ctx, input.sessionId);
  if (session.status === "CANCELLED") throw invalid({ _form: [{ key: "validation.sessionCancelled" }] });
  if (!TEMPLATE_CATEGORIES[session.agendaTemplate].includes(input.category))
    throw invalid({ category: [{ key: "validation.choice" }] });
  const position = await ctx.tx.contribution.count({
    where: { departmentId: ctx.departmentId, sessionId: session.id },
  });
  const contribution = await ctx.tx.contribution.create({
    data: {
      departmentId: ctx.departmentId,
      sessionId: session.id,
      category: input.category,
      text: input.text,
      position,
    },
  });
  await recordAudit(ctx, {
    action: "contribution.create",
    entity: "Contribution",
    entityId: contribution.id,
    after: { sessionId: session.id, category: input.category, text: input.text },
  });
  return { id: contribution.id };
}

async function contributionInScope(ctx: ActionContext, contributionId: string) {
  const contribution = await ctx.tx.contribution.findFirst({
    where: { id: contributionId, departmentId: ctx.departmentId, session: sessionScope(ctx) },
    include: { session: { select: { id: true, groupId: true } } },
  });
  if (!contribution) throw notFound();
  return contribution;
}

/**
 * One dot more or less. The database adds or removes it (no read-modify-write), so simultaneous
 * clicks all count, and a count never goes below zero.
 */
export async function vote(ctx: ActionContext, input: VoteInput) {
  const contribution = await contributionInScope(ctx, input.contributionId);
  const where = { id: contribution.id, departmentId: ctx.departmentId };
  const changed =
    input.delta > 0
      ? await ctx.tx.contribution.updateMany({ where, data: { votes: { increment: 1 } } })
      : await ctx.tx.contribution.updateMany({
          where: { ...where, votes: { gt: 0 } },
          data: { votes: { decrement: 1 } },
        });
  if (changed.count === 1) {
    await recordAudit(ctx, {
      action: "contribution.vote",
      entity: "Contribution",
      entityId: contribution.id,
      after: { delta: input.delta },
    });
  }
  return { id: contribution.id };
}

/** "Turn into a proposal draft": the group's words become a DRAFT that remembers its session. */
export async function contributionToProposal(ctx: ActionContext, contributionId: string) {
  const contribution = await contributionInScope(ctx, contributionId);
  if (contribution.proposalId) throw invalid({ _form: [{ key: "validation.alreadyProposal" }] });
  const proposal = await createDraftProposal(ctx, {
    groupId: contribution.session.groupId,
    title: titleFrom(contribution.text),
    description: contribution.text,
    originSessionId: contribution.session.id,
    contributionId: contribution.id,
  });
  return { id: proposal.id };
}

/** A proposal's title: the note itself when short, else its first words. */
function titleFrom(text: string): string {
  const TITLE_MAX = 120;
  if (text.length <= TITLE_MAX) return text;
  return `${text.slice(0, TITLE_MAX - 1).replace(/\s+\S*$/, "")}…`;
}
