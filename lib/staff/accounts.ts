import type { ActionContext } from "@/lib/actions";
import { invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { sendStaffInvitation, type Invitee } from "@/lib/staff/invitation";
import { assertOwnPartner, findStaffMembership } from "@/lib/staff/membership";
import type { CreateStaffInput, StaffMembershipInput } from "@/lib/staff/schemas";

// Staff accounts. A login (User) is shared across departments: someone who already works for
// another council keeps their account and gets a membership here. Nothing here reads or reveals
// what that account does elsewhere: memberships are read under this department's RLS only.

async function invite(ctx: ActionContext, invitee: Invitee) {
  const { name } = await ctx.tx.department.findUniqueOrThrow({
    where: { id: ctx.departmentId },
    select: { name: true },
  });
  await sendStaffInvitation(ctx, invitee, name);
}

export async function createStaff(ctx: ActionContext, input: CreateStaffInput) {
  await assertOwnPartner(ctx, input.partnerOrganisationId);
  const select = { id: true, passwordHash: true } as const;
  const existing = await ctx.tx.user.findUnique({ where: { email: input.email }, select });
  if (existing) {
    const here = await ctx.tx.membership.findUnique({
      where: { departmentId_userId: { departmentId: ctx.departmentId, userId: existing.id } },
      select: { id: true },
    });
    if (here) throw invalid({ email: [{ key: "validation.alreadyStaff" }] });
  }
  // An existing account keeps its own name: it is the person's, not this department's.
  const user =
    existing ?? (await ctx.tx.user.create({ data: { email: input.email, name: input.name }, select }));
  const membership = await ctx.tx.membership.create({
    data: {
      departmentId: ctx.departmentId,
      userId: user.id,
      role: input.role,
      partnerOrganisationId: input.partnerOrganisationId,
    },
  });
  await invite(ctx, { ...user, email: input.email });
  await recordAudit(ctx, {
    action: "staff.create",
    entity: "Membership",
    entityId: membership.id,
    after: {
      userId: user.id,
      email: input.email,
      role: input.role,
      partnerOrganisationId: input.partnerOrganisationId,
    },
  });
  return { id: membership.id };
}

/** A new link for someone who has not chosen a password yet (the first one expired or got lost). */
export async function resendInvitation(ctx: ActionContext, { membershipId }: StaffMembershipInput) {
  const membership = await findStaffMembership(ctx, membershipId);
  const { email, passwordHash } = membership.user;
  if (membership.disabledAt) throw invalid({ _form: [{ key: "validation.accessDisabled" }] });
  if (passwordHash || !email) throw invalid({ _form: [{ key: "validation.passwordChosen" }] });
  await invite(ctx, { id: membership.userId, email, passwordHash });
  await recordAudit(ctx, { action: "staff.resendInvitation", entity: "Membership", entityId: membershipId });
  return { id: membershipId };
}
