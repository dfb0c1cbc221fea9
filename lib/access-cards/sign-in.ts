import { prisma } from "@/lib/db";
import { count, isBlocked } from "@/lib/auth/rate-limit";
import { cardCodeHash, isCardCodeShaped } from "@/lib/access-cards/code";
import type { SignInOutcome } from "@/lib/auth/credentials";

/** Sign-in with an access card's code; wrong codes count against the network address. */
export async function verifyAccessCard(code: string, address: string): Promise<SignInOutcome> {
  if (await isBlocked(["signInAddress", address])) return { ok: false, reason: "rate_limited" };
  const card = isCardCodeShaped(code)
    ? await prisma().accessCard.findUnique({
        where: { codeHash: cardCodeHash(code) },
        select: {
          id: true,
          revokedAt: true,
          user: { select: { id: true, disabledAt: true, sessionVersion: true } },
        },
      })
    : null;
  if (!card || card.revokedAt || card.user.disabledAt) {
    await count(["signInAddress", address]);
    return { ok: false, reason: "invalid" };
  }
  const now = new Date();
  await prisma().accessCard.update({ where: { id: card.id }, data: { lastUsedAt: now } });
  await prisma().user.update({ where: { id: card.user.id }, data: { lastSignInAt: now } });
  return { ok: true, userId: card.user.id, sessionVersion: card.user.sessionVersion };
}
