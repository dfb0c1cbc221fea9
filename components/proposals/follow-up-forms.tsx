"use client";

import { useTranslations } from "next-intl";
import { CircleCheckBig } from "lucide-react";
import { addMilestoneAction, milestoneDoneAction, progressAction } from "@/lib/proposals/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { ConfirmStep } from "@/components/proposals/confirm-step";
import { NoteField, type ProposalRef } from "@/components/proposals/step-forms";

// Carrying out an accepted proposal (coordinators): progress, milestones, and "done".

type Props = { dept: string; proposal: ProposalRef };

export function ProgressForm({
  dept,
  proposal,
  progress,
  dueOn,
}: Props & { progress: number; dueOn: string | undefined }) {
  const t = useTranslations("proposals.followUp");
  return (
    <ActionForm
      action={progressAction}
      dept={dept}
      hidden={{ proposalId: proposal.id, version: String(proposal.version) }}
      submitLabel={t("saveProgress")}
      pendingLabel={t("saving")}
      success={t("progressSaved")}
      testId="progress-form"
    >
      {({ bind }) => (
        <>
          <Field
            {...bind("progress", String(progress))}
            type="number"
            min={0}
            max={100}
            step={5}
            inputMode="numeric"
            label={t("progress")}
            hint={t("progressHint")}
          />
          <Field {...bind("dueOn", dueOn)} id="progress-due" type="date" label={t("dueOn")} />
          <NoteField {...bind("note")} id="progress-note" />
        </>
      )}
    </ActionForm>
  );
}

/** "It is done": 100 %, the proposal becomes IMPLEMENTED and the group is told. */
export function DoneButton({ dept, proposal }: Props) {
  const t = useTranslations("proposals.followUp");
  return (
    <ConfirmStep
      action={progressAction}
      hidden={{ dept, proposalId: proposal.id, version: String(proposal.version), progress: "100" }}
      label={t("done")}
      question={t("doneQuestion")}
      icon={<CircleCheckBig aria-hidden className="size-4" />}
      testId="proposal-done"
    />
  );
}

export function MilestoneForm({ dept, proposalId }: { dept: string; proposalId: string }) {
  const t = useTranslations("proposals.followUp");
  return (
    <ActionForm
      action={addMilestoneAction}
      dept={dept}
      hidden={{ proposalId }}
      submitLabel={t("addMilestone")}
      pendingLabel={t("saving")}
      success={t("milestoneAdded")}
      testId="add-milestone"
    >
      {({ bind }) => (
        <>
          <Field {...bind("title")} id="milestone-title" label={t("milestoneTitle")} />
          <Field {...bind("dueOn")} id="milestone-due" type="date" label={t("milestoneDue")} />
        </>
      )}
    </ActionForm>
  );
}

export function MilestoneDoneForm({
  dept,
  milestone,
  today,
}: {
  dept: string;
  milestone: { id: string; title: string };
  today: string;
}) {
  const t = useTranslations("proposals.followUp");
  return (
    <ActionForm
      action={milestoneDoneAction}
      dept={dept}
      hidden={{ milestoneId: milestone.id }}
      submitLabel={t("markDone")}
      pendingLabel={t("saving")}
    >
      {({ bind }) => (
        <Field
          {...bind("doneOn", today)}
          id={`done-${milestone.id}`}
          type="date"
          label={t("doneOn", { title: milestone.title })}
        />
      )}
    </ActionForm>
  );
}
