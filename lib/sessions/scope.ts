import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy";

/**
 * The sessions a member of staff works with: every session of the department for coordinators,
 * those of the groups they facilitate for facilitators, none for anyone else (fail closed; a
 * participant reaches their own invitations only). Combine with AND, never by spreading.
 */
export function sessionScope(ctx: TenantContext): Prisma.SessionWhereInput {
  if (ctx.role === "COORDINATOR") return { departmentId: ctx.departmentId };
  if (ctx.role === "FACILITATOR") return { departmentId: ctx.departmentId, groupId: { in: ctx.groupIds } };
  return { id: { in: [] } };
}

/** A participant's own invitations. */
export function ownInvitation(ctx: TenantContext): Prisma.InvitationWhereInput {
  return { departmentId: ctx.departmentId, participantId: ctx.participantId ?? "" };
}
