import { createHash, randomBytes } from "node:crypto";
import { prisma, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";

// "Choose your password" links sent to new staff accounts: 256 random bits, stored hashed, valid
// 7 days, usable once.
const VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Works inside a department's transaction too: createMany inserts without reading the row back, and
 * the application role may insert one-time codes but not read them.
 */
export async function createPasswordSetupLink(tx: Tx, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.oneTimeCode.createMany({
    data: [
      {
        userId,
        purpose: "SET_PASSWORD",
        codeHash: digest(token),
        expiresAt: new Date(Date.now() + VALIDITY_MS),
      },
    ],
  });
  return `${env().APP_URL}/invitation/${token}`;
}

function usableCode(token: string) {
  return {
    purpose: "SET_PASSWORD" as const,
    codeHash: digest(token),
    usedAt: null,
    expiresAt: { gt: new Date() },
  };
}

/** The account a link is for, while the link is still valid. */
export async function findPasswordSetup(
  token: string,
): Promise<{ name: string; email: string | null } | null> {
  const code = await prisma().oneTimeCode.findFirst({
    where: usableCode(token),
    select: { user: { select: { name: true, email: true } } },
  });
  return code?.user ?? null;
}

/** Sets the password and spends the link in one transaction; false when the link is no longer valid. */
export async function setPasswordWithToken(token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return prisma().$transaction(async (tx) => {
    const code = await tx.oneTimeCode.findFirst({
      where: usableCode(token),
      select: { id: true, userId: true },
    });
    if (!code) return false;
    // Compare-and-set: of two concurrent uses of one link, only one finds it unused.
    const spent = await tx.oneTimeCode.updateMany({
      where: { id: code.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) return false;
    await tx.user.update({
      where: { id: code.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    return true;
  });
}
