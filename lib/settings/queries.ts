import { withTenant } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";

export function listTerritories(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.territory.findMany({
      where: { departmentId: ctx.departmentId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true, _count: { select: { groups: true } } },
    }),
  );
}
