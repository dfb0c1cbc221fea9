import { z } from "zod";
import { ClaimStatus, ClaimType } from "@/lib/generated/prisma/enums";
import { parisToday } from "@/lib/dates";
import { checkbox, day, euros, id, optionalDay, optionalText, text } from "@/lib/validation";
import { MAX_CLAIM_CENTS, MAX_KM, MAX_RECEIPT_BYTES, TYPED_CLAIM_TYPES } from "@/lib/claims/options";

/** One uploaded file; an empty file input sends a nameless empty file, which means "none". */
const receipt = () =>
  z
    .custom<File>((v) => v instanceof Blob, { message: "validation.receiptType" })
    .optional()
    .transform((f) => (f && f.size > 0 ? f : null))
    .refine((f) => !f || f.size <= MAX_RECEIPT_BYTES, { message: "validation.receiptTooBig" });

const optionalId = () =>
  id()
    .optional()
    .transform((v) => v ?? null);

/**
 * A claim typed by a facilitator or a coordinator for a participant ("on behalf"). A mileage claim
 * gives kilometres (the server computes the amount at the department's rate), the others an amount.
 */
export const claimInput = z
  .object({
    participantId: id(),
    groupId: id(),
    sessionId: optionalId(),
    type: z.enum(TYPED_CLAIM_TYPES as [ClaimType, ...ClaimType[]]),
    km: z.coerce.number().int().min(1).max(MAX_KM).optional(),
    amount: euros()
      .refine((c) => c > 0, { message: "validation.positiveAmount" })
      .refine((c) => c <= MAX_CLAIM_CENTS, { message: "validation.claimAmountMax" })
      .optional(),
    description: optionalText(500),
    receipt: receipt(),
    submitNow: checkbox(),
  })
  .superRefine((input, ctx) => {
    if (input.type === "MILEAGE" && input.km === undefined)
      ctx.addIssue({ code: "custom", path: ["km"], message: "validation.required" });
    if (input.type !== "MILEAGE" && input.amount === undefined)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "validation.required" });
  });
export type ClaimInput = z.output<typeof claimInput>;

/** Every step names the version the caller read: a concurrent change is refused, not overwritten. */
const step = { claimId: id(), version: z.coerce.number().int().min(0) };

export const claimStepInput = z.object(step);
export type ClaimStepInput = z.output<typeof claimStepInput>;

export const rejectClaimInput = z.object({ ...step, reason: text(500) });
export type RejectClaimInput = z.output<typeof rejectClaimInput>;

export const payClaimInput = z.object({
  ...step,
  paidOn: day().refine((d) => d <= parisToday(), { message: "validation.paidInFuture" }),
  paymentReference: text(60),
});
export type PayClaimInput = z.output<typeof payClaimInput>;

export const addReceiptInput = z.object({
  claimId: id(),
  receipt: receipt().refine((f) => f !== null, { message: "validation.receiptRequired" }),
});
export type AddReceiptInput = z.output<typeof addReceiptInput>;

export const generateIndemnitiesInput = z.object({ sessionId: id() });

/** A period of days, both included; `to` defaults to today and may not come before `from`. */
export const periodInput = z
  .object({ from: day(), to: optionalDay().transform((d) => d ?? parisToday()) })
  .refine((p) => p.from <= p.to, { message: "validation.periodOrder", path: ["to"] });

export const claimFiltersInput = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(ClaimStatus).optional().catch(undefined),
  type: z.enum(ClaimType).optional().catch(undefined),
  group: id().optional().catch(undefined),
  from: optionalDay().catch(null),
  to: optionalDay().catch(null),
});
