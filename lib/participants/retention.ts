import { prisma, withTenant } from "@/lib/db";
import { addMonths } from "@/lib/dates";
import { anonymiseParticipant } from "@/lib/participants/anonymise";

// The retention rule (README, "Données personnelles"): a participant with no activity for the
// department's retention period (Department.retentionMonths, 24 months unless the coordinator
// changed it; RETENTION_MONTHS for new departments) is anonymised. Activity is the latest of: the
// record's creation, an invitation to a session, a group membership (still open, or closed within
// the period), the person's latest sign-in (someone who still follows what became of their group's
// proposals still uses their data). A sign-in is not recorded per department (User.lastSignInAt):
// a person also active in another department keeps this one's data too, which errs on keeping.
// Run by the worker (scripts/worker.ts) on every tick, department by department inside the tenant,
// so RLS applies to it as to the app.

export async function anonymiseInactive(now: Date): Promise<number> {
  const departments = await prisma().department.findMany({ select: { id: true, retentionMonths: true } });
  let anonymised = 0;
  for (const { id: departmentId, retentionMonths } of departments) {
    const cutoff = addMonths(now, -retentionMonths);
    anonymised += await withTenant({ departmentId }, async (tx) => {
      const inactive = await tx.participant.findMany({
        where: {
          departmentId,
          anonymisedAt: null,
          createdAt: { lt: cutoff },
          OR: [
            { userId: null },
            { user: { OR: [{ lastSignInAt: null }, { lastSignInAt: { lt: cutoff } }] } },
          ],
          groupMemberships: { none: { OR: [{ exitedOn: null }, { exitedOn: { gte: cutoff } }] } },
          invitations: { none: { session: { startsAt: { gte: cutoff } } } },
        },
        select: { id: true },
      });
      for (const { id } of inactive) {
        await anonymiseParticipant({ tx, departmentId, userId: null }, id, "retention", now);
      }
      return inactive.length;
    });
  }
  return anonymised;
}
