// Claims around the shared world: a held session of the facilitator's group with five people
// present (and two who were not), a claim of department B, and what a claim action could change.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { prisma, withTenant } from "@/lib/db";
import { addGroupMember, createClaim, createParticipant, createSession } from "@/prisma/factories";
import type { World } from "@/tests/helpers/world";

/** Receipts of this test file go to a folder of their own. */
export async function useTemporaryStorage(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "receipts-"));
  process.env.STORAGE_DIR = dir;
  return dir;
}

/** The first bytes that make a file a PDF, a PNG, or plain text pretending to be a PDF. */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
export const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
export const NOT_A_PDF = Buffer.from("Bonjour, ceci est un simple texte et non une facture.\n");

export function file(bytes: Buffer, name: string, type = "application/pdf"): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

export async function addClaimsWorld({ a, b }: World) {
  const inA = await withTenant({ departmentId: a.id }, async (tx) => {
    const departmentId = a.id;
    await tx.department.update({
      where: { id: departmentId },
      data: { mileageRateCents: 32, flatIndemnityCents: 1500 },
    });
    // The world's participant reads SMS: they are told when a claim is paid or refused.
    await tx.participant.update({ where: { id: a.participantId }, data: { phone: "+33612345678" } });
    const held = await createSession(tx, {
      departmentId,
      groupId: a.groupId,
      status: "HELD",
      halfDays: 2,
      startsAt: new Date("2026-03-12T13:30:00Z"),
    });
    const present = [a.participantId];
    for (let i = 0; i < 4; i++) {
      const p = await createParticipant(tx, { departmentId, firstName: `Présent${i}` });
      await addGroupMember(tx, { departmentId, groupId: a.groupId, participantId: p.id });
      present.push(p.id);
    }
    const absent = await createParticipant(tx, { departmentId, firstName: "Absent" });
    const excused = await createParticipant(tx, { departmentId, firstName: "Excusée" });
    for (const p of [absent, excused])
      await addGroupMember(tx, { departmentId, groupId: a.groupId, participantId: p.id });
    await tx.invitation.createMany({
      data: [
        ...present.map((participantId) => ({
          departmentId,
          sessionId: held.id,
          participantId,
          attendance: "PRESENT" as const,
        })),
        { departmentId, sessionId: held.id, participantId: absent.id, attendance: "ABSENT" as const },
        { departmentId, sessionId: held.id, participantId: excused.id, attendance: "EXCUSED" as const },
      ],
    });
    const planned = await createSession(tx, { departmentId, groupId: a.groupId });
    const outsider = await createParticipant(tx, { departmentId, lastName: "Horsgroupe" });
    await addGroupMember(tx, { departmentId, groupId: a.otherGroupId, participantId: outsider.id });
    const otherSession = await createSession(tx, { departmentId, groupId: a.otherGroupId, status: "HELD" });
    return {
      heldSessionId: held.id,
      plannedSessionId: planned.id,
      otherSessionId: otherSession.id,
      presentIds: present,
      outsiderId: outsider.id,
    };
  });
  const inB = await withTenant({ departmentId: b.id }, async (tx) => {
    const participant = await createParticipant(tx, { departmentId: b.id });
    await addGroupMember(tx, { departmentId: b.id, groupId: b.groupId, participantId: participant.id });
    const claim = await createClaim(tx, {
      departmentId: b.id,
      participantId: participant.id,
      groupId: b.groupId,
      createdById: b.coordinator.id,
      status: "SUBMITTED",
    });
    return { bParticipantId: participant.id, bClaimId: claim.id };
  });
  return { ...inA, ...inB };
}

export type ClaimsWorld = Awaited<ReturnType<typeof addClaimsWorld>>;

/** A claim of department A, made directly in the database. */
export function claimInA(
  world: World,
  data: Partial<Parameters<typeof createClaim>[1]> & { createdById: string },
) {
  const { a } = world;
  return withTenant({ departmentId: a.id }, (tx) =>
    createClaim(tx, { departmentId: a.id, participantId: a.participantId, groupId: a.groupId, ...data }),
  );
}

/** Everything a claim action could change, in both departments. */
export async function claimsSnapshot() {
  const db = prisma();
  return {
    claims: await db.expenseClaim.findMany({ orderBy: { id: "asc" } }),
    receipts: await db.receipt.findMany({ orderBy: { id: "asc" } }),
    budgets: await db.groupBudget.findMany({ orderBy: { id: "asc" } }),
    outbox: await db.outboxMessage.count(),
    audit: await db.auditEvent.count(),
  };
}
