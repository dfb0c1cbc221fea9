"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions";
import { createParticipantAction, updateParticipantAction } from "@/lib/participants/actions";
import { CONSENT_TEXT_VERSION } from "@/lib/participants/consent";
import {
  CONTACT_CHANNELS,
  PARTICIPANT_NEEDS,
  PUBLIC_CATEGORIES,
  RECRUITMENT_SOURCES,
} from "@/lib/participants/options";
import { LOCALES } from "@/lib/i18n/config";
import { ActionForm } from "@/components/ui/action-form";
import { Checkbox, CheckboxGroup, Field, Select, TextArea, type Option } from "@/components/ui/field";

/** A participant's record as the form shows it (phone already written the French way). */
export type ParticipantFormValues = {
  id: string;
  lastName: string;
  firstName: string;
  phone: string | null;
  email: string | null;
  postalAddress: string | null;
  preferredChannel: string;
  needs: string[];
  needsNote: string | null;
  /** Present only for those who may see public categories. */
  publicCategories?: string[];
  recruitmentSource: string | null;
  referentName: string | null;
  consentOn: string | null;
  companionName: string | null;
  doNotContact: boolean;
  isProtected: boolean;
  locale: string;
};

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-300 p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Registers a person, or edits `participant` when given; then opens their record. `groups` (creation
 * only) are those the person can join now; a facilitator must choose one of them.
 */
export function ParticipantForm({
  dept,
  participant,
  groups,
  groupRequired = false,
  showCategories,
}: {
  dept: string;
  participant?: ParticipantFormValues;
  groups?: Option[];
  groupRequired?: boolean;
  showCategories: boolean;
}) {
  const t = useTranslations("participants");
  const common = useTranslations("common");
  const router = useRouter();
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as "channel.SMS") }));
  const save = async (previous: ActionResult<{ id: string }> | null, formData: FormData) => {
    const result = await (participant ? updateParticipantAction : createParticipantAction)(
      previous,
      formData,
    );
    if (result.ok) router.push(`/${dept}/participants/${result.data.id}`);
    return result;
  };
  return (
    <ActionForm
      action={save}
      dept={dept}
      hidden={participant ? { participantId: participant.id } : {}}
      submitLabel={participant ? common("save") : t("form.create")}
      pendingLabel={common("saving")}
      testId="participant-form"
    >
      {({ errors, bind, ticked, checked }) => {
        return (
          <>
            <Group legend={t("fields.identity")}>
              <Field {...bind("lastName", participant?.lastName)} label={t("fields.lastName")} required />
              <Field {...bind("firstName", participant?.firstName)} label={t("fields.firstName")} required />
              <Select
                {...bind("locale", participant?.locale ?? "fr")}
                label={t("fields.locale")}
                options={LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) }))}
              />
            </Group>
            <Group legend={t("fields.contact")}>
              <Field
                {...bind("phone", participant?.phone)}
                type="tel"
                autoComplete="off"
                label={t("fields.phone")}
                hint={t("fields.phoneHint")}
              />
              <Field
                {...bind("email", participant?.email)}
                type="email"
                autoComplete="off"
                label={t("fields.email")}
              />
              <TextArea
                {...bind("postalAddress", participant?.postalAddress)}
                rows={3}
                label={t("fields.postalAddress")}
              />
              <Select
                {...bind("preferredChannel", participant?.preferredChannel ?? "SMS")}
                label={t("fields.preferredChannel")}
                hint={t("fields.preferredChannelHint")}
                options={options(CONTACT_CHANNELS, "channel")}
              />
              <Checkbox
                name="doNotContact"
                label={t("fields.doNotContact")}
                defaultChecked={checked("doNotContact", participant?.doNotContact)}
              />
              <Field
                {...bind("companionName", participant?.companionName)}
                label={t("fields.companionName")}
              />
            </Group>
            <Group legend={t("detail.needs")}>
              <CheckboxGroup
                name="needs"
                label={t("fields.needs")}
                hint={t("fields.needsHint")}
                errors={errors("needs")}
                options={options(PARTICIPANT_NEEDS, "need")}
                defaultValues={ticked("needs", participant?.needs)}
              />
              <TextArea
                {...bind("needsNote", participant?.needsNote)}
                rows={3}
                label={t("fields.needsNote")}
                hint={t("fields.needsNoteHint")}
              />
            </Group>
            {showCategories && (
              <div className="rounded-lg border border-slate-300 p-4">
                <CheckboxGroup
                  name="publicCategories"
                  label={t("fields.categories")}
                  hint={t("fields.categoriesHint")}
                  errors={errors("publicCategories")}
                  options={options(PUBLIC_CATEGORIES, "category")}
                  defaultValues={ticked("publicCategories", participant?.publicCategories)}
                />
              </div>
            )}
            <Group legend={t("fields.recruitment")}>
              <Select
                {...bind("recruitmentSource", participant?.recruitmentSource)}
                label={t("fields.recruitmentSource")}
                placeholder="—"
                options={options(RECRUITMENT_SOURCES, "source")}
              />
              <Field {...bind("referentName", participant?.referentName)} label={t("fields.referentName")} />
            </Group>
            <Group legend={t("fields.consent")}>
              <Field
                {...bind("consentOn", participant?.consentOn)}
                type="date"
                label={t("fields.consentOn")}
                hint={t("fields.consentHint", { version: CONSENT_TEXT_VERSION })}
              />
              <Checkbox
                name="isProtected"
                label={t("fields.isProtected")}
                hint={t("fields.isProtectedHint")}
                defaultChecked={checked("isProtected", participant?.isProtected)}
              />
            </Group>
            {groups && (
              <Select
                {...bind("groupId")}
                label={t("fields.group")}
                hint={t("fields.groupHint")}
                placeholder={groupRequired ? t("fields.chooseGroup") : t("fields.groupOptional")}
                options={groups}
                required={groupRequired}
              />
            )}
          </>
        );
      }}
    </ActionForm>
  );
}
