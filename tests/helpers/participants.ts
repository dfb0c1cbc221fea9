// Participants around the shared world, for the participants' tests: one in a group the facilitator
// does not run, one who left the facilitator's group, one in department B.
import { prisma, withTenant } from "@/lib/db";
import { addGroupMember, createParticipant } from "@/prisma/factories";
import type { World } from "@/tests/helpers/world";

export async function addParticipants({ a, b }: World) {
  const inA = await withTenant({ departmentId: a.id }, async (tx) => {
    const departmentId = a.id;
    const outsider = await createParticipant(tx, {
      departmentId,
      lastName: "Horsgroupe",
      publicCategories: ["AAH"],
    });
    await addGroupMember(tx, { departmentId, groupId: a.otherGroupId, participantId: outsider.id });
    const former = await createParticipant(tx, {
      departmentId,
      lastName: "Ancien",
      publicCategories: ["RSA"],
    });
    await addGroupMember(tx, {
      departmentId,
      groupId: a.groupId,
      participantId: former.id,
      exitedOn: new Date("2025-06-30T00:00:00Z"),
      exitReason: "Déménagement",
    });
    return { outsiderId: outsider.id, formerId: former.id };
  });
  const inB = await withTenant({ departmentId: b.id }, async (tx) => {
    const participant = await createParticipant(tx, { departmentId: b.id, lastName: "Voisin" });
    await addGroupMember(tx, { departmentId: b.id, groupId: b.groupId, participantId: participant.id });
    return { bParticipantId: participant.id };
  });
  return { ...inA, ...inB };
}

/** Everything an action on participants could change, in both departments. */
export async function participantsSnapshot() {
  const db = prisma();
  return {
    participants: await db.participant.findMany({ orderBy: { id: "asc" } }),
    memberships: await db.groupMembership.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count(),
  };
}
