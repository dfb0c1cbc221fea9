"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions";
import { createProposalAction, editProposalAction } from "@/lib/proposals/actions";
import { ActionForm, type FormHelpers } from "@/components/ui/action-form";
import { Field, Select, TextArea, type Option } from "@/components/ui/field";

type Wording = { title: string; description: string; policyArea: string | null; addressee: string | null };

function WordingFields({ bind, values }: { bind: FormHelpers["bind"]; values?: Wording }) {
  const t = useTranslations("proposals.form");
  return (
    <>
      <Field {...bind("title", values?.title)} label={t("title")} hint={t("titleHint")} required />
      <TextArea
        {...bind("description", values?.description)}
        label={t("description")}
        hint={t("descriptionHint")}
        rows={8}
        required
      />
      <Field {...bind("policyArea", values?.policyArea)} label={t("policyArea")} hint={t("policyAreaHint")} />
      <Field {...bind("addressee", values?.addressee)} label={t("addressee")} hint={t("addresseeHint")} />
    </>
  );
}

/** A new draft, typed by a facilitator or coordinator for one of their groups; opens its page. */
export function NewProposalForm({
  dept,
  groups,
  sessions,
}: {
  dept: string;
  groups: Option[];
  sessions: Option[];
}) {
  const t = useTranslations("proposals.form");
  const router = useRouter();
  const create = async (previous: ActionResult<{ id: string }> | null, formData: FormData) => {
    const result = await createProposalAction(previous, formData);
    if (result.ok) router.push(`/${dept}/proposals/${result.data.id}`);
    return result;
  };
  return (
    <ActionForm
      action={create}
      dept={dept}
      submitLabel={t("create")}
      pendingLabel={t("saving")}
      testId="proposal-form"
    >
      {({ bind }) => (
        <>
          <Select
            {...bind("groupId", groups.length === 1 ? groups[0]?.value : undefined)}
            label={t("group")}
            placeholder={t("chooseGroup")}
            options={groups}
          />
          <Select
            {...bind("originSessionId")}
            label={t("originSession")}
            hint={t("originSessionHint")}
            placeholder={t("noSession")}
            options={sessions}
          />
          <WordingFields bind={bind} />
        </>
      )}
    </ActionForm>
  );
}

/** Staff rewording: a new version; the group's first wording stays visible. */
export function EditProposalForm({
  dept,
  proposal,
}: {
  dept: string;
  proposal: Wording & { id: string; version: number };
}) {
  const t = useTranslations("proposals.form");
  return (
    <ActionForm
      action={editProposalAction}
      dept={dept}
      hidden={{ proposalId: proposal.id, version: String(proposal.version) }}
      submitLabel={t("save")}
      pendingLabel={t("saving")}
      success={t("saved")}
      testId="edit-proposal"
    >
      {({ bind }) => (
        <>
          <WordingFields bind={bind} values={proposal} />
          <Field {...bind("note")} id="edit-note" label={t("editNote")} hint={t("editNoteHint")} />
        </>
      )}
    </ActionForm>
  );
}
