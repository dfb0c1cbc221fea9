"use client";

import { useTranslations } from "next-intl";
import { issueAttestationAction } from "@/lib/attestations/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field, Select, TextArea, type Option } from "@/components/ui/field";

/** Issues a numbered attestation for one of the person's groups and a period. */
export function AttestationForm({
  dept,
  participantId,
  groups,
}: {
  dept: string;
  participantId: string;
  groups: Option[];
}) {
  const t = useTranslations("attestations");
  return (
    <ActionForm
      action={issueAttestationAction}
      dept={dept}
      hidden={{ participantId }}
      submitLabel={t("issue")}
      pendingLabel={t("issuing")}
      success={t("issued")}
      testId="attestation-form"
    >
      {({ bind }) => (
        <>
          <Select {...bind("groupId", groups[0]?.value)} label={t("group")} options={groups} />
          <Field {...bind("periodStart")} type="date" label={t("periodStart")} />
          <Field {...bind("periodEnd")} type="date" label={t("periodEnd")} />
          <TextArea {...bind("skills")} rows={3} label={t("skills")} hint={t("skillsHint")} />
        </>
      )}
    </ActionForm>
  );
}
