import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { prisma } from "@/lib/db";

export type SessionUser = { id: string; name: string; isPlatformAdmin: boolean };

/**
 * The signed-in user, checked against the database on every request: a disabled user, or one whose
 * session version was bumped (password changed, signed out everywhere), is signed out at once.
 * Roles are not in the session at all: lib/tenancy.ts reads them on every request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> =>
  sessionUserFor(await getServerSession(authOptions)),
);

export async function sessionUserFor(
  session: { userId: string; sessionVersion: number } | null,
): Promise<SessionUser | null> {
  if (!session?.userId) return null;
  const user = await prisma().user.findUnique({
    where: { id: session.userId },
    select: { id: true, name: true, isPlatformAdmin: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, name: user.name, isPlatformAdmin: user.isPlatformAdmin };
}

export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}
