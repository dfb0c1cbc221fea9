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

/** Awaiting a decision and not yet answered publicly: shows "waiting for N days". */
export function isAwaitingAnswer(p: { status: ProposalStatus; answerPublishedAt: Date | null }): boolean {
  return AWAITING_ANSWER.includes(p.status) && !p.answerPublishedAt;
}
