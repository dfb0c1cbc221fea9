import { prisma, withTenant, type Tx } from "@/lib/db";
import { enqueueMessages, type OutgoingMessage } from "@/lib/outbox";
import { CONTACT_FIELDS, sessionMessage } from "@/lib/sessions/notify";
import { dueReminder, effectiveSchedule } from "@/lib/messaging/reminder-schedule";

// Plans the reminders due at `now`, department by department, each inside its own tenant
// transaction (row-level security applies to the worker as to the app). Idempotent: a reminder is
// keyed by (invitation, days before) in the database, so a rerun or a second worker adds nothing.

const DAY = 86_400_000;

export async function planReminders(now: Date): Promise<number> {
  const departments = await prisma().department.findMany({ select: { id: true, reminderDaysBefore: true } });
  let planned = 0;
  for (const department of departments) {
    planned += await withTenant({ departmentId: department.id }, (tx) =>
      planDepartmentReminders(tx, department, now),
    );
  }
  return planned;
}

async function planDepartmentReminders(
  tx: Tx,
  department: { id: string; reminderDaysBefore: number[] },
  now: Date,
): Promise<number> {
  const departmentId = department.id;
  // Far enough ahead for the longest schedule a session may have (the settings allow 60 days).
  const sessions = await tx.session.findMany({
    where: {
      departmentId,
      status: "PLANNED",
      startsAt: { gt: now, lte: new Date(now.getTime() + 62 * DAY) },
    },
    select: {
      id: true,
      departmentId: true,
      startsAt: true,
      venue: true,
      address: true,
      reminderDaysBefore: true,
      invitations: {
        // People who said no are not reminded; nor are those whose record was anonymised.
        where: { rsvp: { not: "NO" }, participant: { doNotContact: false, anonymisedAt: null } },
        select: { id: true, invitedAt: true, participant: { select: CONTACT_FIELDS } },
      },
    },
  });
  const messages: OutgoingMessage[] = [];
  for (const session of sessions) {
    const schedule = effectiveSchedule(session.reminderDaysBefore, department.reminderDaysBefore);
    for (const invitation of session.invitations) {
      const daysBefore = dueReminder({
        startsAt: session.startsAt,
        invitedAt: invitation.invitedAt,
        schedule,
        now,
      });
      if (daysBefore === null) continue;
      const message = sessionMessage(
        session,
        { invitationId: invitation.id, participant: invitation.participant },
        "session-reminder",
        { daysBefore, dedupeKey: `reminder:${invitation.id}:${daysBefore}` },
      );
      if (message) messages.push({ ...message, sendAfter: now });
    }
  }
  return enqueueMessages({ tx, departmentId }, messages);
}
