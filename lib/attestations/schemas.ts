import { z } from "zod";
import { day, id } from "@/lib/validation";

/** Skills typed one per line (or separated by commas), up to ten short ones. */
const skills = z
  .string()
  .max(2000)
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(120)).max(10));

export const issueAttestationInput = z
  .object({ participantId: id(), groupId: id(), periodStart: day(), periodEnd: day(), skills })
  .refine((v) => v.periodEnd >= v.periodStart, { message: "validation.periodOrder", path: ["periodEnd"] });
export type IssueAttestationInput = z.infer<typeof issueAttestationInput>;
