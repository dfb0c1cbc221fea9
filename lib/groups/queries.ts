import { withTenant } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Facilitators see only the groups they facilitate; the filter lives in the where clause. Combine it
 * with AND, never by spreading: a spread `id` would silently replace the facilitator's `id: { in }`.
 */
export function groupScope(ctx: TenantContext): Prisma.GroupWhereInput {
  return ctx.role === "FACILITATOR"
    ? { departmentId: ctx.departmentId, id: { in: ctx.groupIds } }
    : { departmentId: ctx.departmentId };
}

/** A group's summary, or null when it does not exist here or is not the caller's (same 404). */
export function getGroupSummary(ctx: TenantContext, id: string) {
  return withTenant(ctx, (tx) =>
    tx.group.findFirst({
      where: { AND: [groupScope(ctx), { id }] },
      select: {
        id: true,
        name: true,
        kind: true,
        topic: true,
        status: true,
        territory: { select: { name: true } },
        partnerOrganisation: { select: { name: true } },
        facilitators: { select: { membership: { select: { user: { select: { name: true } } } } } },
        _count: { select: { members: { where: { exitedOn: null } }, sessions: true, proposals: true } },
      },
    }),
  );
}
