import type { ClaimStatus, ClaimType } from "@/lib/generated/prisma/enums";

// Choices of the claim forms and filters, in display order, and the receipts' limits. Client
// components import this file, so it holds no server code.
export const CLAIM_TYPES: ClaimType[] = [
  "MILEAGE",
  "TRANSPORT_TICKET",
  "CHILDCARE",
  "MEAL",
  "LODGING",
  "FLAT_INDEMNITY",
  "OTHER",
];
/** Flat indemnities are generated from a held session (the rate × its half-days), never typed. */
export const TYPED_CLAIM_TYPES = CLAIM_TYPES.filter((t) => t !== "FLAT_INDEMNITY");
export const CLAIM_STATUSES: ClaimStatus[] = ["DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "PAID"];

/** 10 Mo per receipt, one receipt per form: server actions accept bodies of 12 MB (next.config.ts). */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;
/** What the file picker offers; the server checks the content, whatever the name or declared type. */
export const RECEIPT_ACCEPT =
  "application/pdf,image/jpeg,image/png,image/heic,image/heif,.pdf,.jpg,.jpeg,.png,.heic";
/** 10 000 € for one claim: beyond, it is a typing mistake. */
export const MAX_CLAIM_CENTS = 1_000_000;
export const MAX_KM = 2_000;
