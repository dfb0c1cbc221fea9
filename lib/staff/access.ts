import type { ActionContext } from "@/lib/actions";
import { conflict, invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { assertOwnPartner, findStaffMembership } from "@/lib/staff/membership";
import type { ChangeStaffRoleInput, StaffMembershipInput } from "@/lib/staff/schemas";

// Who may still work in the department, and in which role. Disabling takes effect on the person's
// next request: lib/tenancy.ts reads the membership every time. Their account stays untouched, since
// it may serve other departments.

/**
 * Changes to staff are serialised per department (a lock on the department's row): otherwise two
 * coordinators disabling each other at the same instant would both see the other still active and
 * leave the department with none.
 */
async function lockStaff(ctx: ActionContext) {
  await ctx.tx.$executeRaw`SELECT 1 FROM "Department" WHERE id = ${ctx.departmentId} FOR UPDATE`;
}

/** Nobody changes or disables their own access: another coordinator must do it. */
function refuseOwn(ctx: ActionContext, membership: { userId: string }, field: string) {
  if (membership.userId === ctx.userId) throw invalid({ [field]: [{ key: "validation.ownAccess" }] });
}

/** The department keeps at least one active coordinator besides `membershipId`. */
async function assertAnotherCoordinator(ctx: ActionContext, membershipId: string, field: string) {
  const others = await ctx.tx.membership.count({
    where: {
      departmentId: ctx.departmentId,
      role: "COORDINATOR",
      disabledAt: null,
      NOT: { id: membershipId },
    },
  });
  if (others === 0) throw invalid({ [field]: [{ key: "validation.lastCoordinator" }] });
}

export async function changeStaffRole(ctx: ActionContext, { membershipId, ...input }: ChangeStaffRoleInput) {
  await lockStaff(ctx);
  const membership = await findStaffMembership(ctx, membershipId);
  refuseOwn(ctx, membership, "role");
  await assertOwnPartner(ctx, input.partnerOrganisationId);
  if (membership.role === "COORDINATOR" && input.role !== "COORDINATOR" && !membership.disabledAt)
    await assertAnotherCoordinator(ctx, membershipId, "role");
  if (input.role === "DECISION_MAKER") {
    // Groups name their facilitators; a decision-maker cannot be one (SPEC §2).
    const count = await ctx.tx.groupFacilitator.count({
      where: { departmentId: ctx.departmentId, userId: membership.userId },
    });
    if (count > 0) throw invalid({ role: [{ key: "validation.stillFacilitates", values: { count } }] });
  }
  await ctx.tx.membership.update({ where: { id: membershipId }, data: input });
  await recordAudit(ctx, {
    action: "staff.changeRole",
    entity: "Membership",
    entityId: membershipId,
    before: { role: membership.role, partnerOrganisationId: membership.partnerOrganisationId },
    after: input,
  });
  return { id: membershipId };
}

export async function disableStaff(ctx: ActionContext, { membershipId }: StaffMembershipInput) {
  await lockStaff(ctx);
  const membership = await findStaffMembership(ctx, membershipId);
  refuseOwn(ctx, membership, "_form");
  if (membership.disabledAt) throw conflict();
  if (membership.role === "COORDINATOR") await assertAnotherCoordinator(ctx, membershipId, "_form");
  const disabledAt = new Date();
  await ctx.tx.membership.update({ where: { id: membershipId }, data: { disabledAt } });
  await recordAudit(ctx, {
    action: "staff.disable",
    entity: "Membership",
    entityId: membershipId,
    before: { disabledAt: null },
    after: { disabledAt },
  });
  return { id: membershipId };
}

export async function enableStaff(ctx: ActionContext, { membershipId }: StaffMembershipInput) {
  await lockStaff(ctx);
  const membership = await findStaffMembership(ctx, membershipId);
  if (!membership.disabledAt) throw conflict();
  await ctx.tx.membership.update({ where: { id: membershipId }, data: { disabledAt: null } });
  await recordAudit(ctx, {
    action: "staff.enable",
    entity: "Membership",
    entityId: membershipId,
    before: { disabledAt: membership.disabledAt },
    after: { disabledAt: null },
  });
  return { id: membershipId };
}
