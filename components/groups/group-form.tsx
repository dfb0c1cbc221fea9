"use client";

import { useTranslations } from "next-intl";
import { createGroupAction, updateGroupAction } from "@/lib/groups/actions";
import { GROUP_KINDS } from "@/lib/groups/options";
import { eurosInputValue } from "@/lib/money";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup, Field, Select, TextArea, type Option } from "@/components/ui/field";

export type GroupFormValues = {
  id: string;
  name: string;
  kind: string;
  topic: string | null;
  territoryId: string | null;
  partnerOrganisationId: string | null;
  targetSize: number | null;
  charter: string | null;
  budgetCents: number;
  facilitatorUserIds: string[];
};

type Choices = { territories: Option[]; partners: Option[]; staff: Option[] };

/** Creates a group, or edits `group` when given (coordinators). */
export function GroupForm({
  dept,
  group,
  choices,
}: {
  dept: string;
  group?: GroupFormValues;
  choices: Choices;
}) {
  const t = useTranslations("groups");
  const common = useTranslations("common");
  return (
    <ActionForm
      action={group ? updateGroupAction : createGroupAction}
      dept={dept}
      hidden={group ? { groupId: group.id } : {}}
      submitLabel={group ? common("save") : t("create")}
      pendingLabel={common("saving")}
      success={group ? t("saved") : t("created")}
      testId="group-form"
    >
      {({ errors, bind, ticked }) => (
        <>
          <Field {...bind("name", group?.name)} label={t("name")} required />
          <Select
            {...bind("kind", group?.kind ?? "TERRITORIAL_GROUP")}
            label={t("kindLabel")}
            options={GROUP_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <Field {...bind("topic", group?.topic)} label={t("topic")} />
          <Select
            {...bind("territoryId", group?.territoryId)}
            label={t("territory")}
            placeholder={t("noTerritory")}
            options={choices.territories}
          />
          <Select
            {...bind("partnerOrganisationId", group?.partnerOrganisationId)}
            label={t("partner")}
            placeholder={t("noPartner")}
            options={choices.partners}
          />
          <CheckboxGroup
            name="facilitatorUserIds"
            label={t("facilitators")}
            hint={t("facilitatorsHint")}
            errors={errors("facilitatorUserIds")}
            options={choices.staff}
            defaultValues={ticked("facilitatorUserIds", group?.facilitatorUserIds)}
          />
          <Field
            {...bind("targetSize", group?.targetSize?.toString())}
            type="number"
            min={1}
            inputMode="numeric"
            label={t("targetSize")}
          />
          <Field
            {...bind("budget", group ? eurosInputValue(group.budgetCents) : undefined)}
            inputMode="decimal"
            label={t("budget")}
            hint={t("budgetHint")}
          />
          <TextArea {...bind("charter", group?.charter)} label={t("charter")} />
        </>
      )}
    </ActionForm>
  );
}
