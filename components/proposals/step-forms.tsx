"use client";

import { useTranslations } from "next-intl";
import {
  decideProposalAction,
  publishAnswerAction,
  reviewProposalAction,
  startWorkAction,
  submitProposalAction,
  writeAnswerAction,
} from "@/lib/proposals/actions";
import { DECISIONS } from "@/lib/proposals/status";
import { ActionForm } from "@/components/ui/action-form";
import { Field, Select, TextArea } from "@/components/ui/field";
import { ConfirmStep } from "@/components/proposals/confirm-step";

// The forms that move a proposal along its lifecycle. Each carries the version its page was built
// from, so that a proposal changed meanwhile is refused (reload) rather than overwritten.

export type ProposalRef = { id: string; version: number };
type StepProps = { dept: string; proposal: ProposalRef };

const hiddenOf = (p: ProposalRef) => ({ proposalId: p.id, version: String(p.version) });

/** A few words to the group about this step: they read them in the story of their proposal. */
export function NoteField(field: { id: string; name: string; errors?: string[]; defaultValue?: string }) {
  const t = useTranslations("proposals.steps");
  return <TextArea {...field} rows={3} label={t("note")} hint={t("noteHint")} />;
}

export function SubmitForm({ dept, proposal, addressee }: StepProps & { addressee: string | null }) {
  const t = useTranslations("proposals.steps");
  return (
    <ActionForm
      action={submitProposalAction}
      dept={dept}
      hidden={hiddenOf(proposal)}
      submitLabel={t("submit")}
      pendingLabel={t("saving")}
      testId="submit-proposal"
    >
      {({ bind }) => (
        <>
          <Field
            {...bind("addressee", addressee)}
            id="submit-addressee"
            label={t("addressee")}
            hint={t("addresseeHint")}
          />
          <NoteField id="submit-note" {...bind("note")} />
        </>
      )}
    </ActionForm>
  );
}

export function ReviewForm({ dept, proposal }: StepProps) {
  const t = useTranslations("proposals.steps");
  return (
    <ActionForm
      action={reviewProposalAction}
      dept={dept}
      hidden={hiddenOf(proposal)}
      submitLabel={t("review")}
      pendingLabel={t("saving")}
      testId="review-proposal"
    >
      {({ bind }) => <NoteField id="review-note" {...bind("note")} />}
    </ActionForm>
  );
}

/** The decision with the answer the group will read; a refusal or a partial yes must say why. */
export function DecideForm({ dept, proposal }: StepProps) {
  const t = useTranslations("proposals.steps");
  const status = useTranslations("proposalStatus");
  return (
    <ActionForm
      action={decideProposalAction}
      dept={dept}
      hidden={hiddenOf(proposal)}
      submitLabel={t("decide")}
      pendingLabel={t("saving")}
      testId="decide-proposal"
    >
      {({ bind }) => (
        <>
          <Select
            {...bind("decision")}
            label={t("decision")}
            placeholder={t("chooseDecision")}
            options={DECISIONS.map((d) => ({ value: d, label: status(d) }))}
          />
          <TextArea
            {...bind("answer")}
            id="decide-answer"
            rows={6}
            label={t("answer")}
            hint={t("answerHint")}
          />
        </>
      )}
    </ActionForm>
  );
}

/** Rewords the answer before it is published. */
export function AnswerForm({ dept, proposal, answer }: StepProps & { answer: string | null }) {
  const t = useTranslations("proposals.steps");
  return (
    <ActionForm
      action={writeAnswerAction}
      dept={dept}
      hidden={hiddenOf(proposal)}
      submitLabel={t("saveAnswer")}
      pendingLabel={t("saving")}
      success={t("answerSaved")}
      testId="write-answer"
    >
      {({ bind }) => <TextArea {...bind("answer", answer)} id="write-answer" rows={6} label={t("answer")} />}
    </ActionForm>
  );
}

export function StartForm({ dept, proposal, dueOn }: StepProps & { dueOn: string | undefined }) {
  const t = useTranslations("proposals.steps");
  return (
    <ActionForm
      action={startWorkAction}
      dept={dept}
      hidden={hiddenOf(proposal)}
      submitLabel={t("start")}
      pendingLabel={t("saving")}
      testId="start-work"
    >
      {({ bind }) => (
        <>
          <Field
            {...bind("dueOn", dueOn)}
            id="start-due"
            type="date"
            label={t("dueOn")}
            hint={t("dueOnHint")}
          />
          <NoteField id="start-note" {...bind("note")} />
        </>
      )}
    </ActionForm>
  );
}

export function PublishButton({ dept, proposal }: StepProps) {
  const t = useTranslations("proposals.steps");
  return (
    <ConfirmStep
      action={publishAnswerAction}
      hidden={{ dept, ...hiddenOf(proposal) }}
      label={t("publish")}
      question={t("publishQuestion")}
      testId="publish-answer"
    />
  );
}
