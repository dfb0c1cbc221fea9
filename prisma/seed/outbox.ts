import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { addDays, utcDay } from "../factories.ts";
import { heldSessions, personOf, type Ctx, type GroupState } from "./context.ts";
import { hoursAfter, must } from "./helpers.ts";
import { reminderChannel } from "./invitations.ts";

/** The reminders of each group's last held session, as the worker left them: sent. */
export async function seedOutbox(c: Ctx, groups: GroupState[]): Promise<void> {
  const rows: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const group of groups) {
    const last = heldSessions(group).at(-1);
    if (!last) continue;
    for (const invitation of last.invitations) {
      const participant = personOf(group, invitation.participantId).participant;
      const channel = reminderChannel(participant);
      if (!channel) continue;
      for (const daysBefore of c.plan.department.reminderDaysBefore) {
        const sendAfter = hoursAfter(utcDay(addDays(last.session.startsAt, -daysBefore)), 8);
        rows.push({
          departmentId: c.departmentId,
          channel,
          recipient: must(channel === "SMS" ? participant.phone : participant.email, "recipient"),
          template: "session-reminder",
          payload: { sessionId: last.session.id, daysBefore },
          status: "SENT",
          attempts: 1,
          sendAfter,
          sentAt: new Date(sendAfter.getTime() + 60_000),
          participantId: participant.id,
          sessionId: last.session.id,
          createdAt: sendAfter,
        });
      }
    }
  }
  await c.tx.outboxMessage.createMany({ data: rows });
}
