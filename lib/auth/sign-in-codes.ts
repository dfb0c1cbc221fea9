import { randomInt } from "node:crypto";
import { prisma, withTenant, withUser } from "@/lib/db";
import { keyedHash, sameHash } from "@/lib/auth/secrets";
import { count, isBlocked, reset } from "@/lib/auth/rate-limit";
import { enqueueMessage } from "@/lib/outbox";
import { normalisePhone } from "@/lib/validation";
import type { SignInOutcome } from "@/lib/auth/credentials";

// Sign-in without a password (SPEC §2): a 6-digit code sent by SMS or email through the outbox,
// valid 10 minutes, 5 tries, stored as a keyed hash, used once. Asking for a code answers the same
// whether the number or address is known or not, so it reveals nobody.
const VALIDITY_MS = 10 * 60_000;
const MAX_TRIES = 5;

export type Recipient = { kind: "phone" | "email"; value: string };

/** A phone number (French or international) or an email address, normalised; null if neither. */
export function parseRecipient(raw: string): Recipient | null {
  const text = raw.trim();
  if (text.includes("@")) {
    const email = text.toLowerCase();
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? { kind: "email", value: email } : null;
  }
  const phone = normalisePhone(text);
  return phone ? { kind: "phone", value: phone } : null;
}

const hashOf = (userId: string, code: string) => keyedHash("sign-in-code", `${userId}:${code}`);

function findUser(recipient: Recipient) {
  return prisma().user.findFirst({
    where: {
      ...(recipient.kind === "email" ? { email: recipient.value } : { phone: recipient.value }),
      disabledAt: null,
    },
    select: { id: true, sessionVersion: true },
  });
}

/** Sends a code if the recipient belongs to an account; "rate_limited" once too many were asked. */
export async function requestSignInCode(
  recipient: Recipient,
  address: string,
): Promise<"sent" | "rate_limited"> {
  if (await isBlocked(["codeRecipient", recipient.value], ["codeAddress", address])) return "rate_limited";
  await count(["codeRecipient", recipient.value], ["codeAddress", address]);
  const user = await findUser(recipient);
  if (!user) return "sent";
  // The message belongs to a department (outbox rows are tenant rows): the person's own, a
  // participant's first.
  const memberships = await withUser({ userId: user.id }, (tx) =>
    tx.membership.findMany({
      where: { userId: user.id, disabledAt: null },
      select: { departmentId: true, role: true },
    }),
  );
  const membership = memberships.find((m) => m.role === "PARTICIPANT") ?? memberships[0];
  if (!membership) return "sent";

  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await prisma().$transaction([
    // Only the latest code works.
    prisma().oneTimeCode.updateMany({
      where: { userId: user.id, purpose: "SIGN_IN", usedAt: null },
      data: { usedAt: new Date() },
    }),
    prisma().oneTimeCode.create({
      data: {
        userId: user.id,
        purpose: "SIGN_IN",
        codeHash: hashOf(user.id, code),
        expiresAt: new Date(Date.now() + VALIDITY_MS),
      },
    }),
  ]);
  await withTenant({ departmentId: membership.departmentId }, (tx) =>
    enqueueMessage(
      { tx, departmentId: membership.departmentId },
      {
        channel: recipient.kind === "phone" ? "SMS" : "EMAIL",
        recipient: recipient.value,
        template: "sign-in-code",
        payload: { code },
      },
    ),
  );
  return "sent";
}

/**
 * Checks a code. Each try is counted before the code is compared, so the sixth try is refused even
 * when it is right; a right code is spent at once (compare-and-set), so it cannot be used twice.
 */
export async function verifySignInCode(
  recipient: Recipient,
  code: string,
  address: string,
): Promise<SignInOutcome> {
  if (await isBlocked(["signInAccount", recipient.value], ["signInAddress", address]))
    return { ok: false, reason: "rate_limited" };
  const fail = async (): Promise<SignInOutcome> => {
    await count(["signInAccount", recipient.value], ["signInAddress", address]);
    return { ok: false, reason: "invalid" };
  };
  const user = await findUser(recipient);
  if (!user || !/^\d{6}$/.test(code)) return fail();
  const current = await prisma().oneTimeCode.findFirst({
    where: { userId: user.id, purpose: "SIGN_IN", usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
  });
  if (!current) return fail();
  const tried = await prisma().oneTimeCode.updateMany({
    where: { id: current.id, usedAt: null, attempts: { lt: MAX_TRIES } },
    data: { attempts: { increment: 1 } },
  });
  if (tried.count !== 1 || !sameHash(current.codeHash, hashOf(user.id, code))) return fail();
  const spent = await prisma().oneTimeCode.updateMany({
    where: { id: current.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  if (spent.count !== 1) return fail();
  await reset("signInAccount", recipient.value);
  await prisma().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
