// Proposals with their history, written one by one; their events, milestones, signatures and comments
// are gathered and written in bulk.
import type { Prisma, ProposalEventKind, ProposalStatus } from "../../lib/generated/prisma/client.ts";
import { ANSWERS, STAFF_CLARIFICATION } from "../demo-data/answers.ts";
import type { ProposalText } from "../demo-data/proposals.ts";
import { addDays, createProposal, utcDay } from "../factories.ts";
import { heldSessions, leadFacilitatorId, type Ctx, type GroupState } from "./context.ts";
import { linkContribution } from "./contributions.ts";
import { earliest, hoursAfter, must } from "./helpers.ts";
import { planComments, planMilestones, planSignatures } from "./proposal-follow-up.ts";
import { dateSteps, lifecycleSteps } from "./proposal-history.ts";
import {
  decisionOf,
  isOverdue,
  planProposals,
  type ProposalPlan,
  type ProposalRecord,
} from "./proposal-plan.ts";

/** How many meetings ago (0 = the last one) the proposal was born, by status: older ones went further. */
const ORIGIN_AGE: Record<ProposalStatus, readonly [number, number]> = {
  DRAFT: [0, 0],
  SUBMITTED: [1, 2],
  UNDER_REVIEW: [1, 2],
  ACCEPTED: [3, 6],
  PARTIALLY_ACCEPTED: [3, 6],
  REJECTED: [3, 6],
  IN_PROGRESS: [5, 8],
  IMPLEMENTED: [6, 10],
};
/** Waiting well past the 90-day answer deadline. */
const OVERDUE_AGE = [5, 7] as const;

type ProposalExtras = {
  events: Prisma.ProposalEventCreateManyInput[];
  milestones: Prisma.ProposalMilestoneCreateManyInput[];
  signatures: Prisma.ProposalSignatureCreateManyInput[];
};

export async function seedProposals(c: Ctx, groups: GroupState[]): Promise<ProposalRecord[]> {
  const extras: ProposalExtras = { events: [], milestones: [], signatures: [] };
  const records: ProposalRecord[] = [];
  for (const plan of planProposals(c, groups)) records.push(await seedProposal(c, plan, extras));
  await c.tx.proposalEvent.createMany({ data: extras.events });
  await c.tx.proposalMilestone.createMany({ data: extras.milestones });
  await c.tx.proposalSignature.createMany({ data: extras.signatures });
  await c.tx.proposalComment.createMany({ data: planComments(c, records) });
  return records;
}

async function seedProposal(c: Ctx, plan: ProposalPlan, extras: ProposalExtras): Promise<ProposalRecord> {
  const held = heldSessions(plan.group).reverse();
  const [low, high] = isOverdue(c, plan) ? OVERDUE_AGE : ORIGIN_AGE[plan.status];
  const origin = must(held[Math.min(c.rng.int(low, high), held.length - 1)], "origin session");
  // A few proposals come from outside a meeting (a phone call, a letter): no origin session.
  const fromSession = plan.index % 8 !== 7;
  const createdAt = earliest(hoursAfter(origin.session.endsAt, 24 * c.rng.int(1, 4)), hoursAfter(c.now, -2));
  const facilitatorId = leadFacilitatorId(plan.group);
  const steps = dateSteps(c, createdAt, lifecycleSteps(c, plan, facilitatorId));
  const decision = decisionOf(plan);
  const at = (kind: ProposalEventKind, to?: ProposalStatus) =>
    steps.find((s) => s.kind === kind && (to === undefined || s.to === to))?.at ?? null;
  const answeredAt = at("ANSWER_WRITTEN");
  const publishedAt = at("ANSWER_PUBLISHED");
  const implementedAt = at("STATUS_CHANGED", "IMPLEMENTED");
  const last = steps.at(-1);

  const proposal = await createProposal(c.tx, {
    departmentId: c.departmentId,
    groupId: plan.group.id,
    originSessionId: fromSession ? origin.session.id : null,
    title: plan.text.title,
    description: plan.text.description,
    policyArea: plan.text.policyArea,
    addressee: plan.text.addressee,
    status: plan.status,
    submittedAt: at("STATUS_CHANGED", "SUBMITTED"),
    answer: decision ? c.rng.pick(ANSWERS[decision]) : null,
    answeredAt,
    answeredById: answeredAt ? c.deciderId : null,
    answerPublishedAt: publishedAt,
    answerPublishedById: publishedAt ? c.coordinatorId : null,
    progress: steps.reduce((progress, s) => s.progress ?? progress, 0),
    dueOn: implementedAt ? utcDay(implementedAt) : dueDate(c, plan.status),
    version: steps.length,
    createdAt,
    updatedAt: last?.at ?? createdAt,
    authorId: facilitatorId,
  });
  const edit = steps.find((s) => s.kind === "TEXT_EDITED");
  if (edit) await recordStaffEdit(c, proposal.id, plan.text, edit.at);

  extras.events.push(
    ...steps.map((s) => ({
      departmentId: c.departmentId,
      proposalId: proposal.id,
      kind: s.kind,
      fromStatus: s.to ? s.from : null,
      toStatus: s.to ?? null,
      note: s.note ?? null,
      progress: s.progress ?? null,
      actorId: s.actorId,
      createdAt: s.at,
    })),
  );
  extras.milestones.push(...planMilestones(c, plan, proposal.id, steps));
  if (plan.status !== "DRAFT" && plan.index % 3 === 1)
    extras.signatures.push(...planSignatures(c, plan, proposal.id, createdAt));
  if (fromSession) linkContribution(c, origin, proposal.id, plan.text.title);
  return { id: proposal.id, status: plan.status, decision, group: plan.group, publishedAt };
}

function dueDate(c: Ctx, status: ProposalStatus): Date | null {
  if (status === "IN_PROGRESS") return addDays(c.today, c.rng.int(30, 180));
  if (status === "ACCEPTED" || status === "PARTIALLY_ACCEPTED") return addDays(c.today, c.rng.int(60, 240));
  return null;
}

async function recordStaffEdit(c: Ctx, proposalId: string, text: ProposalText, at: Date): Promise<void> {
  const description = text.description + STAFF_CLARIFICATION;
  await c.tx.proposalVersion.create({
    data: {
      departmentId: c.departmentId,
      proposalId,
      number: 2,
      title: text.title,
      description,
      editedById: c.coordinatorId,
      createdAt: at,
    },
  });
  await c.tx.proposal.update({ where: { id: proposalId }, data: { description } });
}
