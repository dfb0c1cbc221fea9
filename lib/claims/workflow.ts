import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { can, type AnyRole, type Permission } from "@/lib/authz";

// The life of a claim, as data (SPEC §3): DRAFT → SUBMITTED → APPROVED | REJECTED, APPROVED → PAID.
// Each step says where it starts, where it leads, the permission it needs and whether the claim's
// author is barred from it (separation of duties: nobody approves, rejects or pays what they filed).

export type ClaimStep = "submit" | "approve" | "reject" | "pay";

type Step = { from: ClaimStatus; to: ClaimStatus; permission: Permission; notAuthor: boolean };

export const CLAIM_STEPS = {
  submit: { from: "DRAFT", to: "SUBMITTED", permission: "claims.create", notAuthor: false },
  approve: { from: "SUBMITTED", to: "APPROVED", permission: "claims.review", notAuthor: true },
  reject: { from: "SUBMITTED", to: "REJECTED", permission: "claims.review", notAuthor: true },
  pay: { from: "APPROVED", to: "PAID", permission: "claims.pay", notAuthor: true },
} as const satisfies Record<ClaimStep, Step>;

export const STEP_ORDER: ClaimStep[] = ["submit", "approve", "reject", "pay"];

/** Which rule a step breaks for this caller, if any. */
export function stepRefusal(
  step: ClaimStep,
  claim: { status: ClaimStatus; createdById: string },
  caller: { userId: string; role: AnyRole },
): "permission" | "status" | "author" | null {
  const rule = CLAIM_STEPS[step];
  if (!can(caller.role, rule.permission)) return "permission";
  if (claim.status !== rule.from) return "status";
  if (rule.notAuthor && claim.createdById === caller.userId) return "author";
  return null;
}

/** The steps the claim's page offers this caller now. */
export function availableSteps(
  claim: { status: ClaimStatus; createdById: string },
  caller: { userId: string; role: AnyRole },
): ClaimStep[] {
  return STEP_ORDER.filter((step) => stepRefusal(step, claim, caller) === null);
}

/** Claims that weigh on a budget: approved ones (committed) and paid ones (spent). */
export const CONSUMING_STATUSES: ClaimStatus[] = ["APPROVED", "PAID"];
