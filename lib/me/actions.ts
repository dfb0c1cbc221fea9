"use server";

import { defineAction } from "@/lib/actions";
import { mySettingsInput, updateMySettings } from "@/lib/me/settings";

export const updateMySettingsAction = defineAction(
  { name: "me.updateSettings", permission: "me.respond", input: mySettingsInput },
  (input, ctx) => updateMySettings(ctx, input),
);
