import type { ActionContext } from "@/lib/actions";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { groupScope } from "@/lib/scopes";
import { addMonths } from "@/lib/dates";
import type { GroupRole } from "@/lib/generated/prisma/enums";

export type JoinGroup = {
  participantId: string;
  groupId: string;
  joinedOn: Date;
  intakeInterviewOn?: Date | null;
  role?: GroupRole;
  /** Defaults to joinedOn + the department's mandate length (24 months unless set otherwise). */
  mandateEndsOn?: Date | null;
};

/**
 * A participant joins a group: only an active group the caller may manage, only with recorded
 * consent, and never twice at the same time. Used by the membership form and by participant creation.
 */
export async function joinGroup(ctx: ActionContext, input: JoinGroup) {
  const { tx, departmentId } = ctx;
  const [participant, group, department] = await Promise.all([
    tx.participant.findFirst({
      where: { id: input.participantId, departmentId, anonymisedAt: null },
      select: { id: true, consentAt: true },
    }),
    tx.group.findFirst({
      where: { AND: [groupScope(ctx), { id: input.groupId }] },
      select: { id: true, status: true },
    }),
    tx.department.findUniqueOrThrow({ where: { id: departmentId }, select: { mandateMonths: true } }),
  ]);
  if (!participant || !group) throw notFound();
  if (group.status !== "ACTIVE") throw invalid({ groupId: [{ key: "validation.groupArchived" }] });
  if (!participant.consentAt) throw invalid({ participantId: [{ key: "validation.consentRequired" }] });
  const current = await tx.groupMembership.findFirst({
    where: { departmentId, groupId: group.id, participantId: participant.id, exitedOn: null },
    select: { id: true },
  });
  if (current) throw invalid({ participantId: [{ key: "validation.alreadyMember" }] });

  const data = {
    departmentId,
    groupId: group.id,
    participantId: participant.id,
    joinedOn: input.joinedOn,
    intakeInterviewOn: input.intakeInterviewOn ?? null,
    role: input.role ?? "MEMBER",
    mandateEndsOn: input.mandateEndsOn ?? addMonths(input.joinedOn, department.mandateMonths),
  };
  const membership = await tx.groupMembership.create({ data });
  await recordAudit(ctx, {
    action: "membership.create",
    entity: "GroupMembership",
    entityId: membership.id,
    after: data,
  });
  return membership;
}
