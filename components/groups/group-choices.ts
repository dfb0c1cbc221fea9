import { getTranslations } from "next-intl/server";
import type { groupFormOptions } from "@/lib/groups/queries";

/** The group form's options, labelled (a coordinator who facilitates says so). */
export async function groupChoices(options: Awaited<ReturnType<typeof groupFormOptions>>) {
  const roles = await getTranslations("roles");
  return {
    territories: options.territories.map((x) => ({ value: x.id, label: x.name })),
    partners: options.partners.map((x) => ({ value: x.id, label: x.name })),
    staff: options.staff.map((s) => ({ value: s.id, label: `${s.name} (${roles(s.role)})` })),
  };
}
