import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { reminderTime } from "../../lib/messaging/reminder-schedule.ts";
import { addDays, utcDay } from "../factories.ts";
import { heldSessions, personOf, type Ctx, type GroupState, type SessionState } from "./context.ts";
import { hoursAfter, must } from "./helpers.ts";
import { reminderChannel } from "./invitations.ts";

/**
 * The messages the worker has already sent, as it would have left them: the invitations and
 * reminders of each group's last held session, and of the coming sessions those already due
 * (keyed like the worker's, so that running it on the demo does not send them again).
 */
export async function seedOutbox(c: Ctx, groups: GroupState[]): Promise<void> {
  const rows: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const group of groups) {
    const last = heldSessions(group).at(-1);
    if (last) rows.push(...(await sessionMessages(c, group, last, true)));
    for (const coming of group.sessions.filter((s) => s.session.status === "PLANNED"))
      rows.push(...(await sessionMessages(c, group, coming, false)));
  }
  await c.tx.outboxMessage.createMany({ data: rows });
}

async function sessionMessages(
  c: Ctx,
  group: GroupState,
  state: SessionState,
  allReminders: boolean,
): Promise<Prisma.OutboxMessageCreateManyInput[]> {
  const { session } = state;
  const invitations = await c.tx.invitation.findMany({
    where: { departmentId: c.departmentId, sessionId: session.id },
    select: { id: true, participantId: true, invitedAt: true },
  });
  const rows: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const invitation of invitations) {
    const participant = personOf(group, invitation.participantId).participant;
    const channel = reminderChannel(participant);
    if (!channel) continue;
    const sent = (template: string, at: Date, payload: Prisma.InputJsonObject, dedupeKey?: string) =>
      rows.push({
        departmentId: c.departmentId,
        channel,
        recipient: must(channel === "SMS" ? participant.phone : participant.email, "recipient"),
        template,
        payload,
        status: "SENT",
        attempts: 1,
        sendAfter: at,
        sentAt: new Date(at.getTime() + 60_000),
        participantId: participant.id,
        sessionId: session.id,
        createdAt: at,
        ...(dedupeKey && { dedupeKey }),
      });
    sent("session-invitation", invitation.invitedAt, { sessionId: session.id });
    for (const daysBefore of c.plan.department.reminderDaysBefore) {
      const at = allReminders
        ? hoursAfter(utcDay(addDays(session.startsAt, -daysBefore)), 8)
        : reminderTime(session.startsAt, daysBefore);
      if (allReminders || (at <= c.now && at > invitation.invitedAt))
        sent(
          "session-reminder",
          at,
          { sessionId: session.id, daysBefore },
          `reminder:${invitation.id}:${daysBefore}`,
        );
    }
  }
  return rows;
}
