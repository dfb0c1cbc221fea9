// Helpers for the staff tests: memberships by person, and everything a staff action could write.
import { prisma } from "@/lib/db";

export async function membershipOf(departmentId: string, userId: string): Promise<string> {
  const membership = await prisma().membership.findUniqueOrThrow({
    where: { departmentId_userId: { departmentId, userId } },
    select: { id: true },
  });
  return membership.id;
}

/** Memberships, accounts, outbox, links and audit trail: a refused action changes none of them. */
export function staffSnapshot() {
  const db = prisma();
  return Promise.all([
    db.membership.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.outboxMessage.count(),
    db.oneTimeCode.count(),
    db.auditEvent.count(),
  ]);
}
