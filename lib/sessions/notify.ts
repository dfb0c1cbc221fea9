import type { Tx } from "@/lib/db";
import type { ContactChannel, OutboxChannel } from "@/lib/generated/prisma/enums";
import { enqueueMessages, type OutgoingMessage } from "@/lib/outbox";
import type { SessionPayload } from "@/lib/messaging/templates";
import { rsvpUrl } from "@/lib/sessions/rsvp-token";

// Who gets which message about a session. A person marked "do not contact" never gets anything; a
// person who prefers a phone call or a letter gets nothing written either: the session page tells
// the facilitator whom to call or write to.

export type Contactable = {
  id: string;
  preferredChannel: ContactChannel;
  phone: string | null;
  email: string | null;
  doNotContact: boolean;
  locale: string;
};

export const CONTACT_FIELDS = {
  id: true,
  preferredChannel: true,
  phone: true,
  email: true,
  doNotContact: true,
  locale: true,
} as const;

export function messageChannel(p: Contactable): { channel: OutboxChannel; recipient: string } | null {
  if (p.doNotContact) return null;
  if (p.preferredChannel === "SMS" && p.phone) return { channel: "SMS", recipient: p.phone };
  if (p.preferredChannel === "EMAIL" && p.email) return { channel: "EMAIL", recipient: p.email };
  return null;
}

export type SessionFacts = {
  id: string;
  departmentId: string;
  startsAt: Date;
  venue: string | null;
  address: string | null;
};
export type Invitee = { invitationId: string; participant: Contactable };

type Template = "session-invitation" | "session-reminder" | "session-cancelled";

/** The message for one invitee, or null when they must not (or cannot) get one in writing. */
export function sessionMessage(
  session: SessionFacts,
  { invitationId, participant }: Invitee,
  template: Template,
  extra: { daysBefore?: number; dedupeKey?: string } = {},
): OutgoingMessage | null {
  const contact = messageChannel(participant);
  if (!contact) return null;
  const payload: SessionPayload = {
    locale: participant.locale,
    startsAt: session.startsAt.toISOString(),
    venue: session.venue ?? "",
    address: session.address,
    // A cancelled session has nothing left to answer.
    url:
      template === "session-cancelled"
        ? ""
        : rsvpUrl({ invitationId, departmentId: session.departmentId, expiresAt: session.startsAt }),
    invitationId,
    ...(extra.daysBefore !== undefined && { daysBefore: extra.daysBefore }),
  };
  return {
    ...contact,
    template,
    payload,
    participantId: participant.id,
    sessionId: session.id,
    ...(extra.dedupeKey && { dedupeKey: extra.dedupeKey }),
  };
}

/** Writes the messages of a session to its invitees, in the caller's transaction. */
export function notifyInvitees(
  ctx: { tx: Tx; departmentId: string },
  session: SessionFacts,
  invitees: Invitee[],
  template: Template,
): Promise<number> {
  const messages = invitees.map((i) => sessionMessage(session, i, template));
  return enqueueMessages(
    ctx,
    messages.filter((m): m is OutgoingMessage => m !== null),
  );
}
