import { withTenant } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";
import { DEPARTMENT_SETTINGS } from "@/lib/settings/department";

export function listTerritories(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.territory.findMany({
      where: { departmentId: ctx.departmentId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true, _count: { select: { groups: true } } },
    }),
  );
}

export function listPartners(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.partnerOrganisation.findMany({
      where: { departmentId: ctx.departmentId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        kind: true,
        email: true,
        phone: true,
        address: true,
        // Staff still able to work: a disabled account no longer counts.
        _count: { select: { groups: true, staff: { where: { disabledAt: null } } } },
      },
    }),
  );
}

export function getDepartmentSettings(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.department.findUniqueOrThrow({
      where: { id: ctx.departmentId },
      select: { name: true, ...DEPARTMENT_SETTINGS },
    }),
  );
}
