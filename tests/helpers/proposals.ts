// Proposals around the shared world (tests/helpers/world.ts): members of the facilitated group who
// can be told (one by SMS, one by email) and three who must not be (do not contact, left, by post),
// proposals in any status, and a snapshot of everything a proposal action could change.
import { prisma, withTenant } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addGroupMember, createParticipant, createProposal, createSession } from "@/prisma/factories";
import type { World } from "@/tests/helpers/world";

export async function addGroupContacts({ a }: World) {
  const departmentId = a.id;
  return withTenant({ departmentId }, async (tx) => {
    const member = async (data: Partial<Prisma.ParticipantUncheckedCreateInput>, exitedOn?: Date) => {
      const p = await createParticipant(tx, { departmentId, ...data });
      await addGroupMember(tx, {
        departmentId,
        groupId: a.groupId,
        participantId: p.id,
        ...(exitedOn && { exitedOn, exitReason: "Déménagement" }),
      });
      return p;
    };
    const bySms = await member({ preferredChannel: "SMS", phone: "+33611223344", firstName: "Sacha" });
    const byEmail = await member({ preferredChannel: "EMAIL", email: "noa@example.org", firstName: "Noa" });
    await member({ preferredChannel: "SMS", phone: "+33655667788", doNotContact: true });
    await member({ preferredChannel: "SMS", phone: "+33699887766" }, new Date("2025-01-31T00:00:00Z"));
    await member({ preferredChannel: "POST", postalAddress: "3 rue des Lilas, 14000 Caen" });
    const session = await createSession(tx, {
      departmentId,
      groupId: a.groupId,
      startsAt: new Date("2026-03-03T13:30:00Z"),
      status: "HELD",
    });
    const otherSession = await createSession(tx, { departmentId, groupId: a.otherGroupId, status: "HELD" });
    return {
      smsPhone: bySms.phone!,
      email: byEmail.email!,
      sessionId: session.id,
      otherSessionId: otherSession.id,
    };
  });
}

type ProposalData = Omit<Prisma.ProposalUncheckedCreateInput, "departmentId" | "groupId">;

/** A proposal of a group as the factories write it (version 1, CREATED event), in any status. */
export function proposalOf(departmentId: string, groupId: string, data: Partial<ProposalData> = {}) {
  return withTenant({ departmentId }, (tx) => createProposal(tx, { departmentId, groupId, ...data }));
}

/** A decided proposal whose answer is already in the group's hands. */
export const PUBLISHED = (status: "ACCEPTED" | "PARTIALLY_ACCEPTED" | "REJECTED" = "ACCEPTED") => ({
  status,
  submittedAt: new Date("2026-01-10T10:00:00Z"),
  answer: "Nous retenons votre proposition.",
  answeredAt: new Date("2026-02-01T10:00:00Z"),
  answerPublishedAt: new Date("2026-02-03T10:00:00Z"),
});

/** Everything a proposal action could change, in both departments. */
export async function proposalsSnapshot() {
  const db = prisma();
  const byId = { orderBy: { id: "asc" as const } };
  return {
    proposals: await db.proposal.findMany(byId),
    versions: await db.proposalVersion.findMany(byId),
    events: await db.proposalEvent.findMany(byId),
    milestones: await db.proposalMilestone.findMany(byId),
    comments: await db.proposalComment.findMany(byId),
    outbox: await db.outboxMessage.count(),
    audit: await db.auditEvent.count(),
  };
}

export function eventsOf(proposalId: string) {
  return prisma().proposalEvent.findMany({
    where: { proposalId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export function auditOf(entityId: string, action: string) {
  return prisma().auditEvent.findMany({ where: { entityId, action } });
}
