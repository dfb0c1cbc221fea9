import type { ProposalStatus } from "@/lib/generated/prisma/enums";

/** Lifecycle order (SPEC §3), for lists and tables. */
export const PROPOSAL_STATUSES: ProposalStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "ACCEPTED",
  "PARTIALLY_ACCEPTED",
  "REJECTED",
  "IN_PROGRESS",
  "IMPLEMENTED",
];

/** Sent to the decision-makers, no decision yet. */
export const AWAITING_ANSWER: ProposalStatus[] = ["SUBMITTED", "UNDER_REVIEW"];

/** What a decision-maker decides; each comes with the answer the group will read. */
export const DECISIONS = ["ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED"] as const satisfies ProposalStatus[];
export type Decision = (typeof DECISIONS)[number];

export function isDecision(status: ProposalStatus): status is Decision {
  return (DECISIONS as readonly ProposalStatus[]).includes(status);
}

/** Awaiting a decision and not yet answered publicly: shows "waiting for N days". */
export function isAwaitingAnswer(p: { status: ProposalStatus; answerPublishedAt: Date | null }): boolean {
  return AWAITING_ANSWER.includes(p.status) && !p.answerPublishedAt;
}

const DECIDED: ProposalStatus[] = [...DECISIONS, "IN_PROGRESS", "IMPLEMENTED"];

/**
 * The status the group is shown. A decision stays "under review" until its answer is published, so
 * that nothing on a participant's page (status, waiting time, timeline) gives it away before then.
 */
export function statusForGroup(p: {
  status: ProposalStatus;
  answerPublishedAt: Date | null;
}): ProposalStatus {
  return DECIDED.includes(p.status) && !p.answerPublishedAt ? "UNDER_REVIEW" : p.status;
}

const DAY_MS = 86_400_000;

/** The day an answer is due: the department's deadline counted from the submission. */
export function answerDeadline(submittedAt: Date, answerDeadlineDays: number): Date {
  return new Date(submittedAt.getTime() + answerDeadlineDays * DAY_MS);
}

/** Proposals submitted before this instant and still awaiting an answer are overdue. */
export function overdueBefore(now: Date, answerDeadlineDays: number): Date {
  return new Date(now.getTime() - answerDeadlineDays * DAY_MS);
}

/** Past the department's answer deadline (Department.answerDeadlineDays, 90 days by default). */
export function isOverdue(
  p: { status: ProposalStatus; answerPublishedAt: Date | null; submittedAt: Date | null },
  answerDeadlineDays: number,
  now: Date,
): boolean {
  return (
    isAwaitingAnswer(p) && p.submittedAt !== null && p.submittedAt < overdueBefore(now, answerDeadlineDays)
  );
}
