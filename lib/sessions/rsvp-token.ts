import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { serverSecret } from "@/lib/auth/secrets";

// The link in an invitation or a reminder lets the person answer without signing in: it names the
// invitation and its department and expires when the session starts, signed with a server secret
// (HMAC-SHA256, truncated to 128 bits to keep SMS short; base64url). It proves nothing else: the
// page behind it shows only the day and the place, and the only thing it can change is the answer.

export type RsvpClaim = { invitationId: string; departmentId: string; expiresAt: Date };

const SIGNATURE_BYTES = 16;

function sign(body: string): Buffer {
  return createHmac("sha256", serverSecret(env().RSVP_SECRET))
    .update(body)
    .digest()
    .subarray(0, SIGNATURE_BYTES);
}

export function rsvpToken({ invitationId, departmentId, expiresAt }: RsvpClaim): string {
  const body = `${invitationId}.${departmentId}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
  return `${body}.${sign(body).toString("base64url")}`;
}

export function rsvpUrl(claim: RsvpClaim): string {
  return `${env().APP_URL}/r/${rsvpToken(claim)}`;
}

/** The claim of a genuine token; "forged" for anything else, "expired" past its expiry. */
export function readRsvpToken(token: string, now = new Date()): RsvpClaim | "forged" | "expired" {
  const parts = token.split(".");
  if (parts.length !== 4) return "forged";
  const [invitationId, departmentId, expiry, signature] = parts as [string, string, string, string];
  const expected = sign(`${invitationId}.${departmentId}.${expiry}`);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "forged";
  const expiresAt = new Date(parseInt(expiry, 36) * 1000);
  if (Number.isNaN(expiresAt.getTime())) return "forged";
  if (expiresAt <= now) return "expired";
  return { invitationId, departmentId, expiresAt };
}
