"use client";

import { useTranslations } from "next-intl";
import type { Option } from "@/components/ui/field";
import {
  addContributionAction,
  inviteParticipantsAction,
  recordRsvpAction,
  saveMinutesAction,
} from "@/lib/sessions/actions";
import { RSVPS } from "@/lib/sessions/options";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup, Field, Select, TextArea } from "@/components/ui/field";

// The small forms of a session's page, each bound to its defineAction.

/** An answer given by phone. */
export function RsvpForm({
  dept,
  invitationId,
  current,
  name,
}: {
  dept: string;
  invitationId: string;
  current: string;
  name: string;
}) {
  const t = useTranslations("sessions.invitations");
  const rsvp = useTranslations("rsvp");
  return (
    <ActionForm
      action={recordRsvpAction}
      dept={dept}
      hidden={{ invitationId }}
      submitLabel={t("saveAnswer")}
      pendingLabel={t("saveAnswer")}
      success={t("answerSaved")}
    >
      {({ bind }) => (
        <Select
          {...bind("rsvp", current)}
          id={`rsvp-${invitationId}`}
          label={t("recordAnswer", { name })}
          options={RSVPS.map((r) => ({ value: r, label: rsvp(r) }))}
        />
      )}
    </ActionForm>
  );
}

export function InviteForm({
  dept,
  sessionId,
  candidates,
}: {
  dept: string;
  sessionId: string;
  candidates: Option[];
}) {
  const t = useTranslations("sessions.invitations");
  return (
    <ActionForm
      action={inviteParticipantsAction}
      dept={dept}
      hidden={{ sessionId }}
      submitLabel={t("invite")}
      pendingLabel={t("inviting")}
      success={t("invitedDone")}
    >
      {({ errors, ticked }) => (
        <CheckboxGroup
          name="participantIds"
          label={t("people")}
          hint={t("inviteHint")}
          errors={errors("participantIds")}
          options={candidates}
          defaultValues={ticked("participantIds")}
        />
      )}
    </ActionForm>
  );
}

export function MinutesForm({
  dept,
  sessionId,
  version,
  minutes,
}: {
  dept: string;
  sessionId: string;
  version: number;
  minutes: string | null;
}) {
  const t = useTranslations("sessions.minutes");
  const common = useTranslations("common");
  return (
    <ActionForm
      action={saveMinutesAction}
      dept={dept}
      hidden={{ sessionId, version: String(version) }}
      submitLabel={t("save")}
      pendingLabel={common("saving")}
      success={t("saved")}
      testId="minutes-form"
    >
      {({ bind }) => <TextArea {...bind("minutes", minutes)} rows={8} label={t("label")} />}
    </ActionForm>
  );
}

export function ContributionForm({
  dept,
  sessionId,
  categories,
}: {
  dept: string;
  sessionId: string;
  categories: Option[];
}) {
  const t = useTranslations("sessions.contributions");
  return (
    <ActionForm
      action={addContributionAction}
      dept={dept}
      hidden={{ sessionId }}
      submitLabel={t("add")}
      pendingLabel={t("adding")}
      success={t("added")}
      testId="contribution-form"
    >
      {({ bind }) => (
        <>
          {categories.length > 1 ? (
            <Select {...bind("category", categories[0]?.value)} label={t("category")} options={categories} />
          ) : (
            <input type="hidden" name="category" value={categories[0]?.value} />
          )}
          <Field {...bind("text")} label={t("text")} required />
        </>
      )}
    </ActionForm>
  );
}
