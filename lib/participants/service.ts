import type { ActionContext } from "@/lib/actions";
import { can } from "@/lib/authz";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { parisToday } from "@/lib/dates";
import { joinGroup } from "@/lib/memberships/join";
import { consentColumns } from "@/lib/participants/consent";
import { participantScope } from "@/lib/scopes";
import type { ParticipantFields, ParticipantInput, UpdateParticipantInput } from "@/lib/participants/schemas";

type Consent = Parameters<typeof consentColumns>[2];

/**
 * The columns a form writes. Public categories only when the caller may see them: a facilitator's
 * form has no such field, and its absence must not wipe what a coordinator recorded.
 */
export function participantColumns(ctx: ActionContext, fields: ParticipantFields, before?: Consent) {
  const { consentOn, publicCategories, ...rest } = fields;
  return {
    ...rest,
    ...(can(ctx.role, "participants.categories") && { publicCategories }),
    ...consentColumns(consentOn, ctx.userId, before),
  };
}

/**
 * Before and after of the fields that changed. Public categories are sensitive and the audit trail
 * outlives the record: it names them among the changed fields but never keeps their values.
 */
function auditChange(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changed = Object.keys(after).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  const pick = (row: Record<string, unknown>) =>
    Object.fromEntries(changed.filter((key) => key !== "publicCategories").map((key) => [key, row[key]]));
  return { changed, before: pick(before), after: { ...pick(after), changedFields: changed } };
}

export async function createParticipant(ctx: ActionContext, { groupId, ...fields }: ParticipantInput) {
  if (ctx.role === "FACILITATOR" && !groupId) throw invalid({ groupId: [{ key: "validation.required" }] });
  if (groupId && !fields.consentOn) throw invalid({ consentOn: [{ key: "validation.consentRequired" }] });
  const columns = participantColumns(ctx, fields);
  const participant = await ctx.tx.participant.create({
    data: { departmentId: ctx.departmentId, ...columns },
    select: { id: true },
  });
  await recordAudit(ctx, {
    action: "participant.create",
    entity: "Participant",
    entityId: participant.id,
    after: auditChange({}, columns).after,
  });
  // Same transaction: if the group is not the caller's (or archived), nobody is created either.
  if (groupId) await joinGroup(ctx, { participantId: participant.id, groupId, joinedOn: parisToday() });
  return { id: participant.id };
}

export async function updateParticipant(
  ctx: ActionContext,
  { participantId, ...fields }: UpdateParticipantInput,
) {
  const before = await ctx.tx.participant.findFirst({
    where: { AND: [participantScope(ctx), { id: participantId }] },
  });
  if (!before) throw notFound();
  if (!fields.consentOn && before.consentAt) {
    const member = await ctx.tx.groupMembership.count({
      where: { departmentId: ctx.departmentId, participantId, exitedOn: null },
    });
    if (member) throw invalid({ consentOn: [{ key: "validation.consentStillMember" }] });
  }
  const data = participantColumns(ctx, fields, before);
  const change = auditChange(before, data);
  if (change.changed.length === 0) return { id: participantId };
  await ctx.tx.participant.update({ where: { id: before.id }, data });
  await recordAudit(ctx, {
    action: "participant.update",
    entity: "Participant",
    entityId: participantId,
    before: change.before,
    after: change.after,
  });
  return { id: participantId };
}
