"use server";

import { defineAction } from "@/lib/actions";
import { territoryInput, updateTerritoryInput } from "@/lib/settings/schemas";
import { createTerritory, updateTerritory } from "@/lib/settings/territories";

export const createTerritoryAction = defineAction(
  { name: "territory.create", permission: "settings.manage", input: territoryInput },
  (input, ctx) => createTerritory(ctx, input),
);

export const updateTerritoryAction = defineAction(
  { name: "territory.update", permission: "settings.manage", input: updateTerritoryInput },
  (input, ctx) => updateTerritory(ctx, input),
);
