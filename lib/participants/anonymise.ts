import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";

// Erasure of a participant (a coordinator's decision, or the retention job): everything that names
// or reaches the person goes; what the department must account for stays, with the name removed —
// attendance (aggregates), proposals, signatures and contributions (the group's words), expense
// claims, receipts and payments (accounting), attestations (numbered documents). The record itself
// stays as a nameless row so that those keep their link, and every query then ignores it
// (participantScope filters anonymisedAt).

/** What replaces the name: the row stays readable in claim and attendance lists. */
export const ANONYMISED_NAME = { firstName: "Personne", lastName: "anonymisée" } as const;

export type ErasureReason = "request" | "retention";

type ErasureContext = { tx: Tx; departmentId: string; userId: string | null };

export async function anonymiseParticipant(
  ctx: ErasureContext,
  participantId: string,
  reason: ErasureReason,
  now = new Date(),
): Promise<void> {
  const { tx, departmentId } = ctx;
  // Compare-and-set on anonymisedAt: a second erasure (a double click, the job at the same moment)
  // finds nothing to do and says so.
  const person = await tx.participant.findFirst({
    where: { id: participantId, departmentId, anonymisedAt: null },
    select: { id: true, userId: true },
  });
  if (!person) throw notFound();
  const erased = await tx.participant.updateMany({
    where: { id: person.id, departmentId, anonymisedAt: null },
    data: {
      ...ANONYMISED_NAME,
      phone: null,
      email: null,
      postalAddress: null,
      needs: [],
      needsNote: null,
      referentName: null,
      companionName: null,
      doNotContact: true,
      userId: null,
      anonymisedAt: now,
    },
  });
  if (erased.count !== 1) throw notFound();

  // Messages keep their date and template (the sending log) but lose the address and the text.
  await tx.outboxMessage.updateMany({
    where: { departmentId, participantId: person.id, status: "PENDING" },
    data: { status: "FAILED", lastError: "anonymised" },
  });
  await tx.outboxMessage.updateMany({
    where: { departmentId, participantId: person.id },
    data: { recipient: "", payload: {} },
  });
  if (person.userId) await closeLogin(tx, departmentId, person.userId, now);
  // The audit trail keeps who did what and when, not the values it copied (names, phone…).
  await tx.$queryRaw`SELECT erase_participant_audit(${person.id})`;
  await recordAudit(ctx, {
    action: "participant.anonymise",
    entity: "Participant",
    entityId: person.id,
    after: { reason },
  });
}

/**
 * The person's sign-in goes with their record: access cards revoked, the department's membership
 * closed, open sessions ended. The account itself is erased only when no other department uses it
 * (rare: someone who is also staff, or a participant elsewhere).
 */
async function closeLogin(tx: Tx, departmentId: string, userId: string, now: Date): Promise<void> {
  await tx.membership.updateMany({ where: { departmentId, userId }, data: { disabledAt: now } });
  await tx.accessCard.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  // Inside a tenant, a user's memberships elsewhere are visible only through the own-memberships
  // policy, which reads app.user_id: set it for this one count, then put it back.
  const [saved] = await tx.$queryRaw<{ userId: string | null }[]>`
    SELECT current_setting('app.user_id', true) AS "userId", set_config('app.user_id', ${userId}, true)`;
  const elsewhere = await tx.membership.count({ where: { userId, departmentId: { not: departmentId } } });
  await tx.$queryRaw`SELECT set_config('app.user_id', ${saved?.userId ?? ""}, true)`;
  await tx.user.update({
    where: { id: userId },
    data: {
      sessionVersion: { increment: 1 },
      ...(elsewhere === 0 && {
        name: `${ANONYMISED_NAME.firstName} ${ANONYMISED_NAME.lastName}`,
        email: null,
        phone: null,
        passwordHash: null,
        disabledAt: now,
      }),
    },
  });
}
