import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy";

// What each role may see, written as where clauses: "not allowed" and "not found" are then the same
// empty result. Queries combine these with AND, never by spreading (see groupScope).

/**
 * Coordinators and decision-makers see every group of the department; facilitators the groups they
 * facilitate, participants the groups they belong to (ctx.groupIds). Combine it with AND, never by
 * spreading: a spread `id` would silently replace the `id: { in }` filter.
 */
export function groupScope(ctx: TenantContext): Prisma.GroupWhereInput {
  return ownGroupsOnly(ctx)
    ? { departmentId: ctx.departmentId, id: { in: ctx.groupIds } }
    : { departmentId: ctx.departmentId };
}

/**
 * The same groups, as a condition on the groupId of a row that carries one: no join to "Group",
 * which a list of thousands of rows would otherwise make for each of them. Combine with AND.
 */
export function groupIdScope(ctx: TenantContext): { departmentId: string; groupId?: { in: string[] } } {
  return ownGroupsOnly(ctx)
    ? { departmentId: ctx.departmentId, groupId: { in: ctx.groupIds } }
    : { departmentId: ctx.departmentId };
}

const ownGroupsOnly = (ctx: TenantContext) => ctx.role === "FACILITATOR" || ctx.role === "PARTICIPANT";

/**
 * Coordinators see every participant of their department; facilitators those who are or were
 * members of the groups they facilitate; anyone else nobody (fail closed). Combine with AND.
 */
export function participantScope(ctx: TenantContext): Prisma.ParticipantWhereInput {
  const inDepartment = { departmentId: ctx.departmentId, anonymisedAt: null };
  if (ctx.role === "COORDINATOR") return inDepartment;
  if (ctx.role === "FACILITATOR") {
    return { ...inDepartment, groupMemberships: { some: { groupId: { in: ctx.groupIds } } } };
  }
  return { id: { in: [] } };
}
