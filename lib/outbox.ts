import type { Tx } from "@/lib/db";
import type { OutboxChannel, Prisma } from "@/lib/generated/prisma/client";

// Every SMS and email is first a row of the outbox, written in the transaction of the change that
// causes it: a rolled-back change sends nothing, a committed one is never forgotten. A worker
// (scripts/worker.ts, lib/messaging/) sends the rows.

export type OutgoingMessage = {
  channel: OutboxChannel;
  recipient: string;
  template: string;
  payload: Prisma.InputJsonObject;
  participantId?: string;
  sessionId?: string;
  sendAfter?: Date;
  /** A message that must exist at most once (a reminder): a second one with this key is skipped. */
  dedupeKey?: string;
};

function row(departmentId: string, message: OutgoingMessage): Prisma.OutboxMessageCreateManyInput {
  const { participantId, sessionId, sendAfter, dedupeKey, ...rest } = message;
  return {
    departmentId,
    ...rest,
    ...(participantId && { participantId }),
    ...(sessionId && { sessionId }),
    ...(sendAfter && { sendAfter }),
    ...(dedupeKey && { dedupeKey }),
  };
}

export async function enqueueMessage(ctx: { tx: Tx; departmentId: string }, message: OutgoingMessage) {
  return ctx.tx.outboxMessage.create({ data: row(ctx.departmentId, message) });
}

/**
 * Several messages at once; those whose dedupeKey already exists are skipped by the database
 * (ON CONFLICT DO NOTHING), so two workers planning the same reminders write them once.
 * Returns how many were written.
 */
export async function enqueueMessages(
  ctx: { tx: Tx; departmentId: string },
  messages: OutgoingMessage[],
): Promise<number> {
  if (messages.length === 0) return 0;
  const written = await ctx.tx.outboxMessage.createMany({
    data: messages.map((m) => row(ctx.departmentId, m)),
    skipDuplicates: true,
  });
  return written.count;
}

/** The channel that reaches a participant as they chose, or null (no wish to be contacted, or no way). */
export function reachableChannel(p: {
  doNotContact: boolean;
  preferredChannel: string;
  phone: string | null;
  email: string | null;
}): OutboxChannel | null {
  if (p.doNotContact) return null;
  if (p.preferredChannel === "SMS" && p.phone) return "SMS";
  if (p.preferredChannel === "EMAIL" && p.email) return "EMAIL";
  return null;
}
