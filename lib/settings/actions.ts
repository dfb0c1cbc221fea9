"use server";

import { defineAction } from "@/lib/actions";
import {
  departmentSettingsInput,
  partnerInput,
  territoryInput,
  updatePartnerInput,
  updateTerritoryInput,
} from "@/lib/settings/schemas";
import { createTerritory, updateTerritory } from "@/lib/settings/territories";
import { createPartner, updatePartner } from "@/lib/settings/partners";
import { updateDepartmentSettings } from "@/lib/settings/department";

export const createTerritoryAction = defineAction(
  { name: "territory.create", permission: "settings.manage", input: territoryInput },
  (input, ctx) => createTerritory(ctx, input),
);

export const updateTerritoryAction = defineAction(
  { name: "territory.update", permission: "settings.manage", input: updateTerritoryInput },
  (input, ctx) => updateTerritory(ctx, input),
);

export const createPartnerAction = defineAction(
  { name: "partner.create", permission: "settings.manage", input: partnerInput },
  (input, ctx) => createPartner(ctx, input),
);

export const updatePartnerAction = defineAction(
  { name: "partner.update", permission: "settings.manage", input: updatePartnerInput },
  (input, ctx) => updatePartner(ctx, input),
);

export const updateDepartmentSettingsAction = defineAction(
  { name: "department.update", permission: "settings.manage", input: departmentSettingsInput },
  (input, ctx) => updateDepartmentSettings(ctx, input),
);
