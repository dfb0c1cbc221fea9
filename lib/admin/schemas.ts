import { z } from "zod";
import { isValidSlug } from "@/lib/slugs";
import { email, text } from "@/lib/validation";

export const createDepartmentInput = z.object({
  name: text(100),
  // INSEE department codes: 01–95, 2A, 2B, 971–976.
  inseeCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/, { message: "validation.inseeCode" }),
  slug: z.string().trim().toLowerCase().refine(isValidSlug, { message: "validation.slug" }),
  coordinatorName: text(100),
  coordinatorEmail: email(),
});
export type CreateDepartmentInput = z.infer<typeof createDepartmentInput>;
