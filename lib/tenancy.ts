import { cache } from "react";
import { notFound } from "next/navigation";
import { prisma, withTenantOfSlug, withUser } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { requireSessionUser, type SessionUser } from "@/lib/auth/session";
import { isValidSlug } from "@/lib/slugs";
import { can, type Permission } from "@/lib/authz";

// Which department a request works in, and as whom. The department comes from the URL slug; the
// role from the caller's membership, read on every request (never from the session token).

export type TenantContext = {
  userId: string;
  departmentId: string;
  role: Role;
  /** Facilitators: the groups they facilitate. Participants: the groups they belong to. */
  groupIds: string[];
  /** Participants: their own record in this department. */
  participantId: string | null;
};

export type DepartmentSummary = {
  id: string;
  name: string;
  slug: string;
  accentColor: string;
  participantLabel: string;
};

export type Tenant = { ctx: TenantContext; department: DepartmentSummary };

/** Null when the department does not exist or the user has no active role in it: both are a 404. */
export async function resolveTenant(slug: string, userId: string): Promise<Tenant | null> {
  if (!isValidSlug(slug)) return null;
  // The department and the caller's role in it, in one statement (pages pay this on every request).
  return withTenantOfSlug(slug, async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { userId, department: { slug } },
      select: {
        role: true,
        disabledAt: true,
        department: {
          select: { id: true, name: true, slug: true, accentColor: true, participantLabel: true },
        },
      },
    });
    if (!membership || membership.disabledAt) return null;
    const { department } = membership;
    const departmentId = department.id;
    const base: TenantContext = {
      userId,
      departmentId,
      role: membership.role,
      groupIds: [],
      participantId: null,
    };
    if (membership.role === "FACILITATOR") {
      const rows = await tx.groupFacilitator.findMany({
        where: { departmentId, userId },
        select: { groupId: true },
      });
      return { department, ctx: { ...base, groupIds: rows.map((r) => r.groupId) } };
    }
    if (membership.role === "PARTICIPANT") {
      const participant = await tx.participant.findUnique({
        where: { departmentId_userId: { departmentId, userId } },
        select: { id: true, groupMemberships: { where: { exitedOn: null }, select: { groupId: true } } },
      });
      if (!participant) return null;
      const groupIds = participant.groupMemberships.map((m) => m.groupId);
      return { department, ctx: { ...base, groupIds, participantId: participant.id } };
    }
    return { department, ctx: base };
  });
}

/** For pages under /[dept]: the signed-in user's tenant, or a 404. Resolved once per request. */
export const requireTenant = cache(async (slug: string): Promise<Tenant & { user: SessionUser }> => {
  const user = await requireSessionUser();
  const tenant = await resolveTenant(slug, user.id);
  if (!tenant) notFound();
  return { ...tenant, user };
});

/** The departments where the user has an active role, to choose where to go after signing in. */
export async function listUserDepartments(userId: string): Promise<DepartmentSummary[]> {
  const memberships = await withUser({ userId }, (tx) =>
    tx.membership.findMany({ where: { userId, disabledAt: null }, select: { departmentId: true } }),
  );
  return prisma().department.findMany({
    where: { id: { in: memberships.map((m) => m.departmentId) } },
    select: { id: true, name: true, slug: true, accentColor: true, participantLabel: true },
    orderBy: { name: "asc" },
  });
}

/** For pages that need a permission: a role without it gets the same 404 as a stranger. */
export async function requirePermission(slug: string, permission: Permission) {
  const tenant = await requireTenant(slug);
  if (!can(tenant.ctx.role, permission)) notFound();
  return tenant;
}
