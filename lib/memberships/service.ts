import type { ActionContext } from "@/lib/actions";
import { conflict, invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { groupScope } from "@/lib/scopes";
import type { ExitMemberInput, UpdateMemberInput } from "@/lib/memberships/schemas";

// Memberships change by compare-and-set on their version: two people editing the same membership at
// once cannot overwrite each other; the second is told to reload. History is never deleted: leaving
// a group sets exitedOn.

type Change = {
  membershipId: string;
  version: number;
  action: string;
  data: Record<string, Date | string | null>;
  /** The date field that cannot come before the day the person joined. */
  dated: "mandateEndsOn" | "exitedOn";
};

async function changeActiveMembership(
  ctx: ActionContext,
  { membershipId, version, action, data, dated }: Change,
) {
  const { tx, departmentId } = ctx;
  const before = await tx.groupMembership.findFirst({
    where: { id: membershipId, departmentId, group: groupScope(ctx) },
  });
  if (!before) throw notFound();
  if (before.exitedOn) throw invalid({ _form: [{ key: "validation.alreadyLeft" }] });
  if ((data[dated] as Date) < before.joinedOn)
    throw invalid({ [dated]: [{ key: "validation.beforeJoining" }] });

  const changed = await tx.groupMembership.updateMany({
    where: { id: membershipId, departmentId, version, exitedOn: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (changed.count !== 1) throw conflict();
  const previous = Object.fromEntries(Object.keys(data).map((k) => [k, before[k as keyof typeof before]]));
  await recordAudit(ctx, {
    action,
    entity: "GroupMembership",
    entityId: membershipId,
    before: previous,
    after: data,
  });
  return { id: membershipId };
}

/** Role, intake interview, mandate end (renewing a mandate). */
export function updateMembership(ctx: ActionContext, { membershipId, version, ...data }: UpdateMemberInput) {
  return changeActiveMembership(ctx, {
    membershipId,
    version,
    action: "membership.update",
    data,
    dated: "mandateEndsOn",
  });
}

/** Leaving the group, with the reason and the closing interview. */
export function exitMembership(ctx: ActionContext, { membershipId, version, ...data }: ExitMemberInput) {
  return changeActiveMembership(ctx, {
    membershipId,
    version,
    action: "membership.exit",
    data,
    dated: "exitedOn",
  });
}
