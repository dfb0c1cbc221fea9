// Sessions around the shared world: in department A, the facilitator's group gets members who
// prefer each channel (one of them "do not contact"), and each group of A and B gets a session.
import { prisma, withTenant } from "@/lib/db";
import { addDays, addGroupMember, createParticipant, createSession } from "@/prisma/factories";
import type { World } from "@/tests/helpers/world";

export async function addSessions({ a, b }: World, now = new Date()) {
  const inA = await withTenant({ departmentId: a.id }, async (tx) => {
    const departmentId = a.id;
    const member = async (data: Parameters<typeof createParticipant>[1]) => {
      const p = await createParticipant(tx, data);
      await addGroupMember(tx, { departmentId, groupId: a.groupId, participantId: p.id });
      return p.id;
    };
    const sms = await member({
      departmentId,
      firstName: "Sami",
      preferredChannel: "SMS",
      phone: "+33639980001",
    });
    const email = await member({
      departmentId,
      firstName: "Emma",
      preferredChannel: "EMAIL",
      email: "emma@example.org",
      locale: "en",
    });
    const phoneCall = await member({
      departmentId,
      firstName: "Paul",
      preferredChannel: "PHONE_CALL",
      phone: "+33639980002",
    });
    const doNotContact = await member({
      departmentId,
      firstName: "Nina",
      preferredChannel: "SMS",
      phone: "+33639980003",
      doNotContact: true,
    });
    const outsider = await createParticipant(tx, { departmentId, firstName: "Olga", phone: "+33639980004" });
    await addGroupMember(tx, { departmentId, groupId: a.otherGroupId, participantId: outsider.id });
    const otherSession = await createSession(tx, {
      departmentId,
      groupId: a.otherGroupId,
      startsAt: addDays(now, 10),
      venue: "Salle B",
    });
    return { sms, email, phoneCall, doNotContact, outsider: outsider.id, otherSessionId: otherSession.id };
  });
  const inB = await withTenant({ departmentId: b.id }, async (tx) => {
    const session = await createSession(tx, { departmentId: b.id, groupId: b.groupId, venue: "Ailleurs" });
    return { bSessionId: session.id };
  });
  return { ...inA, ...inB };
}

export type SessionFixtures = Awaited<ReturnType<typeof addSessions>>;

/** A session form as a facilitator fills it, `days` from now at 14:00–16:30 Paris time. */
export function sessionForm(dept: string, groupId: string, days = 10, now = new Date()) {
  const day = addDays(now, days).toISOString().slice(0, 10);
  return {
    dept,
    groupId,
    title: "Les courriers du Département",
    date: day,
    startTime: "14:00",
    endTime: "16:30",
    halfDays: "1",
    venue: "Maison des associations",
    address: "12 rue des Lilas, 14000 Caen",
    accessInfo: "Bus 3, arrêt Mairie. Rez-de-chaussée accessible.",
    agendaTemplate: "KEEP_IMPROVE_DROP",
  };
}

/** Everything a session action could write, in both departments. */
export function sessionsSnapshot() {
  const db = prisma();
  return Promise.all([
    db.session.findMany({ orderBy: { id: "asc" } }),
    db.invitation.findMany({ orderBy: { id: "asc" } }),
    db.contribution.findMany({ orderBy: { id: "asc" } }),
    db.proposal.count(),
    db.outboxMessage.count(),
    db.auditEvent.count(),
  ]);
}
