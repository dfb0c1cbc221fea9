import type { ActionContext } from "@/lib/actions";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { groupScope, participantScope } from "@/lib/scopes";
import type { IssueAttestationInput } from "@/lib/attestations/schemas";

const DAY_MS = 86_400_000;

/**
 * A numbered certificate of participation for a period in a group: the sessions attended are
 * counted from the attendance sheets. Numbers follow each other per department (an atomic increment
 * of Department.attestationSeq in the same transaction, so two at once never share a number).
 */
export async function issueAttestation(ctx: ActionContext, input: IssueAttestationInput) {
  const { tx, departmentId } = ctx;
  const [participant, group] = await Promise.all([
    tx.participant.findFirst({
      where: { AND: [participantScope(ctx), { id: input.participantId }] },
      select: { id: true },
    }),
    tx.group.findFirst({ where: { AND: [groupScope(ctx), { id: input.groupId }] }, select: { id: true } }),
  ]);
  if (!participant || !group) throw notFound();
  const membership = await tx.groupMembership.count({
    where: {
      departmentId,
      groupId: group.id,
      participantId: participant.id,
      joinedOn: { lte: input.periodEnd },
      OR: [{ exitedOn: null }, { exitedOn: { gte: input.periodStart } }],
    },
  });
  if (!membership) throw invalid({ groupId: [{ key: "validation.notMemberThen" }] });
  const sessionsAttended = await tx.invitation.count({
    where: {
      departmentId,
      participantId: participant.id,
      attendance: "PRESENT",
      session: {
        groupId: group.id,
        startsAt: { gte: input.periodStart, lt: new Date(input.periodEnd.getTime() + DAY_MS) },
      },
    },
  });
  const { attestationSeq: number } = await tx.department.update({
    where: { id: departmentId },
    data: { attestationSeq: { increment: 1 } },
    select: { attestationSeq: true },
  });
  const attestation = await tx.attestation.create({
    data: {
      departmentId,
      number,
      participantId: participant.id,
      groupId: group.id,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      sessionsAttended,
      skills: input.skills,
      issuedById: ctx.userId,
    },
  });
  await recordAudit(ctx, {
    action: "attestation.issue",
    entity: "Attestation",
    entityId: attestation.id,
    after: { number, participantId: participant.id, groupId: group.id, sessionsAttended },
  });
  return { id: attestation.id, number, sessionsAttended };
}
