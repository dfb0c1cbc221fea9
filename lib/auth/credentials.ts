import { prisma } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { count, isBlocked, reset } from "@/lib/auth/rate-limit";

export type SignInOutcome =
  { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: "invalid" | "rate_limited" };

// Compared against when the account does not exist, so that timing does not reveal which emails exist.
const unknownAccountHash = hashPassword("no account has this password");

/** Email + password sign-in (staff, and participants who chose a password). */
export async function verifyCredentials(
  rawEmail: string,
  password: string,
  address: string,
): Promise<SignInOutcome> {
  const email = rawEmail.trim().toLowerCase();
  if (!email || !password) return { ok: false, reason: "invalid" };
  if (await isBlocked(["signInAccount", email], ["signInAddress", address]))
    return { ok: false, reason: "rate_limited" };

  const user = await prisma().user.findUnique({ where: { email } });
  const matches = await verifyPassword(user?.passwordHash ?? (await unknownAccountHash), password);
  if (!user || !user.passwordHash || user.disabledAt || !matches) {
    await count(["signInAccount", email], ["signInAddress", address]);
    return { ok: false, reason: "invalid" };
  }
  await reset("signInAccount", email);
  await prisma().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
