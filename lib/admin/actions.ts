"use server";

import { defineAction } from "@/lib/actions";
import { createDepartmentInput } from "@/lib/admin/schemas";
import { createDepartment } from "@/lib/admin/service";

export const createDepartmentAction = defineAction(
  { name: "department.create", permission: "platform.departments", input: createDepartmentInput },
  (input, ctx) => createDepartment(ctx, input),
);
