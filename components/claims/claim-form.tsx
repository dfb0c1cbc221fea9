"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { createClaimAction } from "@/lib/claims/actions";
import { TYPED_CLAIM_TYPES } from "@/lib/claims/options";
import { ActionForm, type FormHelpers } from "@/components/ui/action-form";
import { Checkbox, Field, Select, TextArea, type Option } from "@/components/ui/field";
import { ReceiptField } from "@/components/claims/receipt-field";

export type ClaimChoices = { participants: Option[]; sessions: Option[] };

/** A car journey is given in kilometres (the server prices it), any other expense in euros. */
function TypeAndAmount({ bind, value, rate }: Pick<FormHelpers, "bind" | "value"> & { rate: string }) {
  const t = useTranslations("claims");
  const [type, setType] = useState(value("type", "MILEAGE") ?? "MILEAGE");
  return (
    <>
      <Select
        {...bind("type", "MILEAGE")}
        label={t("form.type")}
        options={TYPED_CLAIM_TYPES.map((k) => ({ value: k, label: t(`type.${k}`) }))}
        onChange={(event) => setType(event.currentTarget.value)}
      />
      {type === "MILEAGE" ? (
        <Field
          {...bind("km")}
          type="number"
          min={1}
          inputMode="numeric"
          label={t("form.km")}
          hint={t("form.kmHint", { rate })}
        />
      ) : (
        <Field {...bind("amount")} inputMode="decimal" label={t("form.amount")} hint={t("form.amountHint")} />
      )}
    </>
  );
}

/** Staff enter a claim for a participant of the group chosen before (the page's first step), with its receipt. */
export function ClaimForm({
  dept,
  groupId,
  choices,
  rate,
}: {
  dept: string;
  groupId: string;
  choices: ClaimChoices;
  rate: string;
}) {
  const t = useTranslations("claims.form");
  return (
    <ActionForm
      action={createClaimAction}
      dept={dept}
      hidden={{ groupId }}
      submitLabel={t("create")}
      pendingLabel={t("creating")}
      success={t("created")}
      testId="claim-form"
    >
      {({ bind, value, errors, checked }) => (
        <>
          <Select
            {...bind("participantId")}
            label={t("participant")}
            placeholder={t("chooseParticipant")}
            options={choices.participants}
          />
          <Select
            {...bind("sessionId")}
            label={t("session")}
            placeholder={t("noSession")}
            options={choices.sessions}
          />
          <TypeAndAmount bind={bind} value={value} rate={rate} />
          <TextArea {...bind("description")} rows={2} label={t("description")} />
          <ReceiptField errors={errors("receipt")} />
          <Checkbox
            name="submitNow"
            label={t("submitNow")}
            hint={t("submitNowHint")}
            defaultChecked={checked("submitNow", true)}
          />
        </>
      )}
    </ActionForm>
  );
}
