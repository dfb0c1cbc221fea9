import { z } from "zod";
import { TerritoryKind } from "@/lib/generated/prisma/enums";
import { id, text } from "@/lib/validation";

export const territoryInput = z.object({ name: text(100), kind: z.enum(TerritoryKind) });
export type TerritoryInput = z.infer<typeof territoryInput>;

export const updateTerritoryInput = territoryInput.extend({ territoryId: id() });
export type UpdateTerritoryInput = z.infer<typeof updateTerritoryInput>;
