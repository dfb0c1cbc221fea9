import type { Tx } from "@/lib/db";
import type { OutboxChannel, Prisma } from "@/lib/generated/prisma/client";

// Every SMS and email is first a row of the outbox, written in the transaction of the change that
// causes it: a rolled-back change sends nothing, a committed one is never forgotten.

export type OutgoingMessage = {
  channel: OutboxChannel;
  recipient: string;
  template: string;
  payload: Prisma.InputJsonObject;
  participantId?: string;
  sessionId?: string;
  sendAfter?: Date;
};

export async function enqueueMessage(ctx: { tx: Tx; departmentId: string }, message: OutgoingMessage) {
  const { participantId, sessionId, sendAfter, ...rest } = message;
  return ctx.tx.outboxMessage.create({
    data: {
      departmentId: ctx.departmentId,
      ...rest,
      ...(participantId && { participantId }),
      ...(sessionId && { sessionId }),
      ...(sendAfter && { sendAfter }),
    },
  });
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
