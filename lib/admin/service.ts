import { env } from "@/lib/env";
import { enterTenant, prisma } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { sendStaffInvitation } from "@/lib/staff/invitation";
import type { PlatformContext } from "@/lib/actions";
import type { CreateDepartmentInput } from "@/lib/admin/schemas";

/**
 * A new department and its first coordinator, who receives a link to choose a password. One
 * transaction: the platform rows as owner, then the department's own rows under its RLS.
 */
export async function createDepartment(ctx: PlatformContext, input: CreateDepartmentInput) {
  const db = prisma();
  const [slugTaken, codeTaken] = await Promise.all([
    db.department.findUnique({ where: { slug: input.slug }, select: { id: true } }),
    db.department.findUnique({ where: { inseeCode: input.inseeCode }, select: { id: true } }),
  ]);
  // Checked first for a clear message at the field; the unique indexes still decide under concurrency.
  if (slugTaken || codeTaken) {
    throw invalid({
      ...(slugTaken && { slug: [{ key: "validation.taken" }] }),
      ...(codeTaken && { inseeCode: [{ key: "validation.taken" }] }),
    });
  }
  return db.$transaction(async (tx) => {
    const department = await tx.department.create({
      data: {
        name: input.name,
        inseeCode: input.inseeCode,
        slug: input.slug,
        retentionMonths: env().RETENTION_MONTHS,
      },
    });
    const existing = await tx.user.findUnique({ where: { email: input.coordinatorEmail } });
    const user =
      existing ??
      (await tx.user.create({ data: { email: input.coordinatorEmail, name: input.coordinatorName } }));

    await enterTenant(tx, department.id);
    const scope = { tx, departmentId: department.id, userId: ctx.userId };
    await tx.membership.create({
      data: { departmentId: department.id, userId: user.id, role: "COORDINATOR" },
    });
    await sendStaffInvitation(scope, { ...user, email: input.coordinatorEmail }, department.name);
    await recordAudit(scope, {
      action: "department.create",
      entity: "Department",
      entityId: department.id,
      after: {
        name: department.name,
        inseeCode: department.inseeCode,
        slug: department.slug,
        coordinator: user.id,
      },
    });
    return { departmentId: department.id, slug: department.slug };
  });
}
