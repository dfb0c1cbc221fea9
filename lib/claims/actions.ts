"use server";

import { defineAction } from "@/lib/actions";
import {
  addReceiptInput,
  claimInput,
  claimStepInput,
  generateIndemnitiesInput,
  payClaimInput,
  rejectClaimInput,
} from "@/lib/claims/schemas";
import { addReceipt, createClaim } from "@/lib/claims/service";
import { moveClaim } from "@/lib/claims/steps";
import { generateFlatIndemnities } from "@/lib/claims/indemnities";
import { CLAIM_STEPS } from "@/lib/claims/workflow";

export const createClaimAction = defineAction(
  { name: "claim.create", permission: "claims.create", input: claimInput },
  (input, ctx) => createClaim(ctx, input),
);

export const addReceiptAction = defineAction(
  { name: "claim.addReceipt", permission: "claims.create", input: addReceiptInput },
  (input, ctx) => addReceipt(ctx, input),
);

export const submitClaimAction = defineAction(
  { name: "claim.submit", permission: CLAIM_STEPS.submit.permission, input: claimStepInput },
  (input, ctx) => moveClaim(ctx, "submit", input),
);

export const approveClaimAction = defineAction(
  { name: "claim.approve", permission: CLAIM_STEPS.approve.permission, input: claimStepInput },
  (input, ctx) => moveClaim(ctx, "approve", input),
);

export const rejectClaimAction = defineAction(
  { name: "claim.reject", permission: CLAIM_STEPS.reject.permission, input: rejectClaimInput },
  (input, ctx) => moveClaim(ctx, "reject", input),
);

export const payClaimAction = defineAction(
  { name: "claim.pay", permission: CLAIM_STEPS.pay.permission, input: payClaimInput },
  (input, ctx) => moveClaim(ctx, "pay", input),
);

export const generateIndemnitiesAction = defineAction(
  { name: "claim.generateFlatIndemnities", permission: "claims.create", input: generateIndemnitiesInput },
  (input, ctx) => generateFlatIndemnities(ctx, input.sessionId),
);
