import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Short secrets (6-digit codes, access-card codes) are stored as keyed hashes: a copy of the
// database alone is not enough to try them all offline.
const DEVELOPMENT_KEY = "participation-development-only-key";

/** The server's signing secret: a dedicated one when given, else NEXTAUTH_SECRET (required in production). */
export function serverSecret(dedicated?: string): string {
  const secret = dedicated ?? env().NEXTAUTH_SECRET;
  if (!secret && env().NODE_ENV === "production")
    throw new Error("NEXTAUTH_SECRET is required in production");
  return secret ?? DEVELOPMENT_KEY;
}

export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", `${purpose}:${serverSecret()}`).update(value).digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
