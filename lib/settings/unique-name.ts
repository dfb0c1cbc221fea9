import { invalid } from "@/lib/errors";
import { likeLiteral } from "@/lib/like";

// Names of territories and partner organisations are unique in a department whatever the case:
// "CCAS de Lisieux" and "ccas de lisieux" are the same organisation to the people choosing from a list.

type NameWhere = {
  departmentId: string;
  name: { equals: string; mode: "insensitive" };
  NOT?: { id: string };
};

/** `find` is the table's findFirst; `exceptId` the row being edited. A clash is an error at the field. */
export async function assertNameFree(
  find: (args: { where: NameWhere; select: { id: true } }) => Promise<unknown>,
  scope: { departmentId: string },
  name: string,
  exceptId?: string,
) {
  const where: NameWhere = {
    departmentId: scope.departmentId,
    name: { equals: likeLiteral(name), mode: "insensitive" },
    ...(exceptId && { NOT: { id: exceptId } }),
  };
  if (await find({ where, select: { id: true } })) throw invalid({ name: [{ key: "validation.taken" }] });
}
