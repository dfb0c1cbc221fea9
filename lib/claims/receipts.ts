import { createHash, randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { ActionContext } from "@/lib/actions";
import { invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { storage } from "@/lib/storage";

// Receipts are checked by their content (file-type reads the first bytes), never by their name or
// the type the browser declares: a text file renamed "facture.pdf" is refused at the field.

const ACCEPTED: Record<string, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/heic": "heic",
  "image/heif": "heic",
};

export type CheckedReceipt = { bytes: Uint8Array; mimeType: string; fileName: string; sha256: string };

/** The file's bytes and real type, or a field error on `field` when it is not a PDF or an image. */
export async function checkReceipt(file: File, field = "receipt"): Promise<CheckedReceipt> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  const extension = detected && ACCEPTED[detected.mime];
  if (!detected || !extension) throw invalid({ [field]: [{ key: "validation.receiptType" }] });
  return {
    bytes,
    mimeType: detected.mime,
    fileName: displayName(file.name, extension),
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/** The name people gave the file, without folders or control characters, ending in its real type. */
function displayName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\p{Cc}"]/gu, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 100);
  return `${base || "justificatif"}.${extension}`;
}

/**
 * Stores the file, then records it in the claim's transaction. If the transaction rolls back, the
 * stored file is left without a row: harmless, and never served (files are reached by row only).
 */
export async function attachReceipt(ctx: ActionContext, claimId: string, receipt: CheckedReceipt) {
  const storageKey = `${ctx.departmentId}/receipts/${claimId}/${randomUUID()}`;
  await storage().put(storageKey, receipt.bytes);
  const row = await ctx.tx.receipt.create({
    data: {
      departmentId: ctx.departmentId,
      claimId,
      fileName: receipt.fileName,
      mimeType: receipt.mimeType,
      sizeBytes: receipt.bytes.length,
      storageKey,
      sha256: receipt.sha256,
      uploadedById: ctx.userId,
    },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true },
  });
  await recordAudit(ctx, {
    action: "claim.addReceipt",
    entity: "ExpenseClaim",
    entityId: claimId,
    after: row,
  });
  return row;
}
