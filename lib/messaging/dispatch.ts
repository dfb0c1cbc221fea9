import { prisma, withTenant, type Tx } from "@/lib/db";
import type { Adapters } from "@/lib/messaging/channels";
import { renderMessage } from "@/lib/messaging/templates";

// Sends the outbox's due messages, department by department, inside each department's tenant
// transaction. Each message is claimed with FOR UPDATE SKIP LOCKED and marked in the transaction that
// sends it: two workers never pick the same message, and a crash before the commit leaves it
// PENDING for the next pass (at-least-once, the best an SMTP or SMS provider allows).

export const MAX_ATTEMPTS = 5;
/** Per department and pass: a pass always ends, even if messages keep arriving. */
const PASS_LIMIT = 500;

export type DispatchReport = { sent: number; failed: number; retried: number };

export async function dispatchDue(adapters: Adapters, now = new Date()): Promise<DispatchReport> {
  const report: DispatchReport = { sent: 0, failed: 0, retried: 0 };
  const departments = await prisma().department.findMany({ select: { id: true } });
  for (const { id: departmentId } of departments) {
    for (let n = 0; n < PASS_LIMIT; n++) {
      // Sending happens inside the transaction that holds the row: allow for a slow provider.
      const outcome = await withTenant({ departmentId }, (tx) => sendNext(tx, departmentId, adapters, now), {
        timeout: 60_000,
      });
      if (!outcome) break;
      report[outcome] += 1;
    }
  }
  return report;
}

async function sendNext(
  tx: Tx,
  departmentId: string,
  adapters: Adapters,
  now: Date,
): Promise<keyof DispatchReport | null> {
  const [claimed] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "OutboxMessage"
    WHERE "departmentId" = ${departmentId} AND status = 'PENDING' AND "sendAfter" <= ${now}
    ORDER BY "sendAfter", id
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  if (!claimed) return null;
  const message = await tx.outboxMessage.findUniqueOrThrow({
    where: { id: claimed.id },
    include: { participant: { select: { doNotContact: true, anonymisedAt: true } } },
  });
  const attempts = message.attempts + 1;
  // Asked not to be contacted (or erased) since the message was written: it is never sent.
  if (message.participant?.doNotContact || message.participant?.anonymisedAt) {
    await tx.outboxMessage.update({
      where: { id: message.id },
      data: { status: "FAILED", lastError: "do_not_contact" },
    });
    return "failed";
  }
  try {
    const rendered = renderMessage(message.template, message.payload);
    await adapters[message.channel].send({ id: message.id, to: message.recipient, ...rendered });
  } catch (error) {
    const failed = attempts >= MAX_ATTEMPTS;
    await tx.outboxMessage.update({
      where: { id: message.id },
      data: {
        attempts,
        lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
        // Waits 1, 4, 9, 16 minutes between attempts.
        ...(failed ? { status: "FAILED" } : { sendAfter: new Date(now.getTime() + attempts ** 2 * 60_000) }),
      },
    });
    return failed ? "failed" : "retried";
  }
  await tx.outboxMessage.update({
    where: { id: message.id },
    data: { status: "SENT", attempts, sentAt: now, lastError: null },
  });
  const invitationId = (message.payload as { invitationId?: unknown }).invitationId;
  if (message.template === "session-reminder" && typeof invitationId === "string") {
    await tx.invitation.updateMany({
      where: { id: invitationId, departmentId },
      data: { remindersSent: { increment: 1 } },
    });
  }
  return "sent";
}
