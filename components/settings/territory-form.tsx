"use client";

import { useTranslations } from "next-intl";
import { createTerritoryAction, updateTerritoryAction } from "@/lib/settings/actions";
import { TERRITORY_KINDS } from "@/lib/settings/options";
import { ActionForm } from "@/components/ui/action-form";
import { Field, Select } from "@/components/ui/field";

type Territory = { id: string; name: string; kind: string };

/** Adds a territory, or edits `territory` when given. */
export function TerritoryForm({ dept, territory }: { dept: string; territory?: Territory }) {
  const t = useTranslations("settings");
  const common = useTranslations("common");
  const idPrefix = territory ? `territory-${territory.id}` : "territory-new";
  return (
    <ActionForm
      action={territory ? updateTerritoryAction : createTerritoryAction}
      dept={dept}
      hidden={territory ? { territoryId: territory.id } : {}}
      submitLabel={territory ? common("save") : t("territories.add")}
      pendingLabel={common("saving")}
      success={t("saved")}
    >
      {({ errors, value }) => (
        <>
          <Field
            id={`${idPrefix}-name`}
            name="name"
            label={t("territories.name")}
            errors={errors("name")}
            defaultValue={value("name", territory?.name)}
            required
          />
          <Select
            id={`${idPrefix}-kind`}
            name="kind"
            label={t("territories.kind")}
            errors={errors("kind")}
            defaultValue={value("kind", territory?.kind ?? "MIXED")}
            options={TERRITORY_KINDS.map((k) => ({ value: k, label: t(`territoryKind.${k}`) }))}
          />
        </>
      )}
    </ActionForm>
  );
}
