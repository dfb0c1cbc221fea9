import { z } from "zod";
import { GroupKind } from "@/lib/generated/prisma/enums";
import { euros, id, many, optionalText, text } from "@/lib/validation";

const optionalId = () =>
  id()
    .optional()
    .transform((v) => v ?? null);

export const groupInput = z.object({
  name: text(120),
  kind: z.enum(GroupKind),
  topic: optionalText(300),
  territoryId: optionalId(),
  partnerOrganisationId: optionalId(),
  targetSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .optional()
    .transform((v) => v ?? null),
  /** This year's budget, typed in euros. */
  budget: euros()
    .optional()
    .transform((v) => v ?? 0),
  charter: optionalText(10_000),
  facilitatorUserIds: many(id()).pipe(z.array(z.string()).max(10)),
});
export type GroupInput = z.infer<typeof groupInput>;

export const updateGroupInput = groupInput.extend({ groupId: id() });
export type UpdateGroupInput = z.infer<typeof updateGroupInput>;

export const groupStatusInput = z.object({ groupId: id() });
