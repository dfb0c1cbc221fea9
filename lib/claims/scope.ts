import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy";

/**
 * Whose claims the caller sees: coordinators every claim of the department, facilitators the claims
 * of the groups they facilitate, participants their own, anyone else none (fail closed). Combine
 * with AND, never by spreading (see lib/scopes.ts).
 */
export function claimScope(ctx: TenantContext): Prisma.ExpenseClaimWhereInput {
  const departmentId = ctx.departmentId;
  switch (ctx.role) {
    case "COORDINATOR":
      return { departmentId };
    case "FACILITATOR":
      return { departmentId, groupId: { in: ctx.groupIds } };
    case "PARTICIPANT":
      return { departmentId, participantId: ctx.participantId ?? "" };
    default:
      return { id: { in: [] } };
  }
}
