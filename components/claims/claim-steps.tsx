"use client";

import { useTranslations } from "next-intl";
import {
  addReceiptAction,
  approveClaimAction,
  payClaimAction,
  rejectClaimAction,
  submitClaimAction,
} from "@/lib/claims/actions";
import type { ClaimStep } from "@/lib/claims/workflow";
import { ActionForm } from "@/components/ui/action-form";
import { Field, TextArea } from "@/components/ui/field";
import { ReceiptField } from "@/components/claims/receipt-field";

type Claim = { id: string; version: number };

/** One form per step the caller may take now (lib/claims/workflow.ts decides which). */
export function ClaimSteps({
  dept,
  claim,
  steps,
  today,
}: {
  dept: string;
  claim: Claim;
  steps: ClaimStep[];
  today: string;
}) {
  const t = useTranslations("claims.step");
  const hidden = { claimId: claim.id, version: String(claim.version) };
  const common = { dept, hidden, pendingLabel: t("pending"), success: t("done") };
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {steps.map((step) => (
        <div key={step} className="rounded-lg border border-slate-300 p-4">
          <h3 className="mb-3 text-lg font-semibold">{t(step)}</h3>
          {step === "submit" && (
            <ActionForm action={submitClaimAction} submitLabel={t("submit")} testId="step-submit" {...common}>
              {() => null}
            </ActionForm>
          )}
          {step === "approve" && (
            <ActionForm
              action={approveClaimAction}
              submitLabel={t("approve")}
              testId="step-approve"
              {...common}
            >
              {() => null}
            </ActionForm>
          )}
          {step === "reject" && (
            <ActionForm action={rejectClaimAction} submitLabel={t("reject")} testId="step-reject" {...common}>
              {({ bind }) => (
                <TextArea
                  {...bind("reason")}
                  id="reject-reason"
                  rows={3}
                  label={t("reason")}
                  hint={t("reasonHint")}
                />
              )}
            </ActionForm>
          )}
          {step === "pay" && (
            <ActionForm action={payClaimAction} submitLabel={t("pay")} testId="step-pay" {...common}>
              {({ bind }) => (
                <>
                  <Field {...bind("paidOn", today)} type="date" max={today} label={t("paidOn")} />
                  <Field
                    {...bind("paymentReference")}
                    label={t("paymentReference")}
                    hint={t("paymentReferenceHint")}
                  />
                </>
              )}
            </ActionForm>
          )}
        </div>
      ))}
    </div>
  );
}

/** Adds a receipt to a claim not yet decided. */
export function AddReceiptForm({ dept, claimId }: { dept: string; claimId: string }) {
  const t = useTranslations("claims.detail");
  return (
    <ActionForm
      action={addReceiptAction}
      dept={dept}
      hidden={{ claimId }}
      submitLabel={t("addReceipt")}
      pendingLabel={t("adding")}
      success={t("receiptAdded")}
      testId="add-receipt"
    >
      {({ errors }) => <ReceiptField id="add-receipt-file" errors={errors("receipt")} />}
    </ActionForm>
  );
}
