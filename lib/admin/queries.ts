import { prisma } from "@/lib/db";

/** The platform admin's list. Departments only: the operator sees no department's personal data. */
export function listDepartments() {
  return prisma().department.findMany({
    orderBy: { inseeCode: "asc" },
    select: { id: true, name: true, slug: true, inseeCode: true, createdAt: true },
  });
}
