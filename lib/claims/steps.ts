import type { ActionContext } from "@/lib/actions";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimScope } from "@/lib/claims/scope";
import { notifyParticipant } from "@/lib/claims/notify";
import { CLAIM_STEPS, stepRefusal, type ClaimStep } from "@/lib/claims/workflow";
import type { ClaimStepInput, PayClaimInput, RejectClaimInput } from "@/lib/claims/schemas";

// Every change of a claim's status goes through moveClaim: the rules of lib/claims/workflow.ts, then
// a compare-and-set on (status, version), the audit event and the participant's message, all in the
// caller's transaction. Of many simultaneous attempts exactly one wins; the others are told to
// reload. Paying is idempotent: paying a paid claim again changes nothing and records nothing.

type StepData = Pick<
  Prisma.ExpenseClaimUncheckedUpdateInput,
  | "submittedAt"
  | "reviewedById"
  | "reviewedAt"
  | "rejectionReason"
  | "paidById"
  | "paidOn"
  | "paymentReference"
>;

function dataFor(ctx: ActionContext, step: ClaimStep, input: StepInput): StepData {
  const now = new Date();
  switch (step) {
    case "submit":
      return { submittedAt: now };
    case "approve":
      return { reviewedById: ctx.userId, reviewedAt: now };
    case "reject":
      return {
        reviewedById: ctx.userId,
        reviewedAt: now,
        rejectionReason: (input as RejectClaimInput).reason,
      };
    case "pay": {
      const { paidOn, paymentReference } = input as PayClaimInput;
      return { paidById: ctx.userId, paidOn, paymentReference };
    }
  }
}

type StepInput = ClaimStepInput | RejectClaimInput | PayClaimInput;

export async function moveClaim(ctx: ActionContext, step: ClaimStep, input: StepInput) {
  const { tx, departmentId } = ctx;
  const rule = CLAIM_STEPS[step];
  const read = () =>
    tx.expenseClaim.findFirst({
      where: { AND: [claimScope(ctx), { id: input.claimId }] },
      select: {
        id: true,
        status: true,
        version: true,
        createdById: true,
        participantId: true,
        amountCents: true,
      },
    });
  const claim = await read();
  if (!claim) throw notFound();
  if (step === "pay" && claim.status === "PAID") return { id: claim.id, status: claim.status };
  switch (stepRefusal(step, claim, ctx)) {
    case "permission":
      throw forbidden();
    case "author":
      throw invalid({ _form: [{ key: "validation.claimOwnDecision" }] });
    case "status":
      throw conflict();
  }
  const data = dataFor(ctx, step, input);
  const changed = await tx.expenseClaim.updateMany({
    where: { id: claim.id, departmentId, status: rule.from, version: input.version },
    data: { ...data, status: rule.to, version: { increment: 1 } },
  });
  if (changed.count !== 1) {
    // Someone paid it a moment ago: for the payer, that is the same outcome.
    if (step === "pay" && (await read())?.status === "PAID") return { id: claim.id, status: "PAID" as const };
    throw conflict();
  }
  await recordAudit(ctx, {
    action: `claim.${step}`,
    entity: "ExpenseClaim",
    entityId: claim.id,
    before: { status: claim.status, version: claim.version },
    after: { status: rule.to, version: claim.version + 1, ...data },
  });
  if (step === "pay") await notifyParticipant(ctx, claim, "claim-paid");
  if (step === "reject") await notifyParticipant(ctx, claim, "claim-rejected");
  return { id: claim.id, status: rule.to };
}
