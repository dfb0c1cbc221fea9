import { withTenant } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paged, pageWindow } from "@/lib/pagination";
import type { TenantContext } from "@/lib/tenancy";
import { containsText } from "@/lib/like";

/** The department's staff, searched by name or email, by name. */
export async function listStaff(ctx: TenantContext, { q, page }: { q?: string; page: number }) {
  const search = q?.trim();
  const where: Prisma.MembershipWhereInput = {
    departmentId: ctx.departmentId,
    role: { not: "PARTICIPANT" },
    ...(search && {
      user: {
        OR: [{ name: containsText(search) }, { email: containsText(search) }],
      },
    }),
  };
  const [rows, total] = await withTenant(ctx, (tx) =>
    Promise.all([
      tx.membership.findMany({
        where,
        orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
        ...pageWindow(page),
        select: {
          id: true,
          userId: true,
          role: true,
          disabledAt: true,
          partnerOrganisation: { select: { id: true, name: true } },
          user: { select: { name: true, email: true, lastSignInAt: true, passwordHash: true } },
        },
      }),
      tx.membership.count({ where }),
    ]),
  );
  // The page needs to know whether a password was chosen, never the hash itself.
  const staff = rows.map(({ user: { passwordHash, ...user }, ...row }) => ({
    ...row,
    user: { ...user, invitationPending: passwordHash === null },
  }));
  return paged(staff, total, page);
}

/** Partner organisations to choose from in the staff forms. */
export function listPartnerChoices(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.partnerOrganisation.findMany({
      where: { departmentId: ctx.departmentId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  );
}
