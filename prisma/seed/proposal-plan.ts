// Which proposals the demo shows: how many at each stage of the lifecycle, which group, which text.
import type { ProposalStatus } from "../../lib/generated/prisma/client.ts";
import type { Decision } from "../demo-data/plans.ts";
import { PROPOSALS, type ProposalText } from "../demo-data/proposals.ts";
import type { Ctx, GroupState } from "./context.ts";
import { must } from "./helpers.ts";

const LIFECYCLE: readonly ProposalStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "ACCEPTED",
  "PARTIALLY_ACCEPTED",
  "REJECTED",
  "IN_PROGRESS",
  "IMPLEMENTED",
];

export type ProposalPlan = {
  status: ProposalStatus;
  group: GroupState;
  text: ProposalText;
  index: number;
  nth: number;
};
export type ProposalRecord = {
  id: string;
  status: ProposalStatus;
  decision: Decision | null;
  group: GroupState;
  publishedAt: Date | null;
};

/** Statuses dealt round-robin so every group has proposals at several stages. */
export function planProposals(c: Ctx, groups: GroupState[]): ProposalPlan[] {
  const texts = c.rng.shuffle(PROPOSALS);
  const focusTexts = texts.filter((t) => t.subject === c.plan.focusSubject);
  const otherTexts = texts.filter((t) => t.subject !== c.plan.focusSubject);
  const seen = new Map<ProposalStatus, number>();
  const statuses = LIFECYCLE.flatMap((status) =>
    Array.from({ length: c.plan.proposalMix[status] }, () => status),
  );
  return statuses.map((status, index) => {
    const group = must(groups[index % groups.length], "group");
    const focusText = group.plan.subject === c.plan.focusSubject ? focusTexts.shift() : undefined;
    const nth = seen.get(status) ?? 0;
    seen.set(status, nth + 1);
    return { status, group, text: must(focusText ?? otherTexts.shift(), "proposal text"), index, nth };
  });
}

export function isOverdue(c: Ctx, plan: ProposalPlan): boolean {
  return plan.nth < (c.plan.overdue[plan.status] ?? 0);
}

export function decisionOf(plan: ProposalPlan): Decision | null {
  switch (plan.status) {
    case "ACCEPTED":
    case "PARTIALLY_ACCEPTED":
    case "REJECTED":
      return plan.status;
    case "IN_PROGRESS":
      return plan.nth % 3 === 2 ? "PARTIALLY_ACCEPTED" : "ACCEPTED";
    case "IMPLEMENTED":
      return plan.nth % 4 === 3 ? "PARTIALLY_ACCEPTED" : "ACCEPTED";
    default:
      return null;
  }
}
