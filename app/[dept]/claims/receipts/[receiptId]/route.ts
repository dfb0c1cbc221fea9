// GET /[dept]/claims/receipts/[receiptId] – downloads a receipt of a claim the caller may see (staff).
import { defineRoute } from "@/lib/routes";
import { storage } from "@/lib/storage";
import { findReceipt } from "@/lib/claims/queries";

export const GET = defineRoute(
  { name: "claims.receipt", permission: "claims.view" },
  async (_request, ctx, params) => {
    const receipt = await findReceipt(ctx, params.receiptId ?? "");
    const bytes = receipt && (await storage().get(receipt.storageKey));
    if (!receipt || !bytes) return new Response("Not found", { status: 404 });
    // Always a download, never shown inline: an uploaded file cannot run as a page of the app.
    const ascii = receipt.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(Buffer.from(bytes), {
      headers: {
        "Content-Type": receipt.mimeType,
        "Content-Length": String(bytes.length),
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(receipt.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
