import type { ActionContext } from "@/lib/actions";
import { notFound } from "@/lib/errors";

// Staff are the department's memberships that are not participants': a coordinator manages them
// here, participants are managed on their own pages.

/** A staff membership of the caller's department, whatever the id names; anything else is a 404. */
export async function findStaffMembership(ctx: ActionContext, membershipId: string) {
  const membership = await ctx.tx.membership.findFirst({
    where: { id: membershipId, departmentId: ctx.departmentId, role: { not: "PARTICIPANT" } },
    select: {
      id: true,
      userId: true,
      role: true,
      partnerOrganisationId: true,
      disabledAt: true,
      user: { select: { email: true, passwordHash: true } },
    },
  });
  if (!membership) throw notFound();
  return membership;
}

/** The partner organisation named in a form must be this department's own. */
export async function assertOwnPartner(ctx: ActionContext, partnerOrganisationId: string | null) {
  if (!partnerOrganisationId) return;
  const partner = await ctx.tx.partnerOrganisation.findFirst({
    where: { id: partnerOrganisationId, departmentId: ctx.departmentId },
    select: { id: true },
  });
  if (!partner) throw notFound();
}
