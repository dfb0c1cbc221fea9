"use client";

import { useTranslations } from "next-intl";
import { addMemberAction, exitMemberAction, updateMemberAction } from "@/lib/memberships/actions";
import { GROUP_ROLES } from "@/lib/groups/options";
import { ActionForm } from "@/components/ui/action-form";
import { Field, Select, type Option } from "@/components/ui/field";

const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);

type Member = {
  id: string;
  version: number;
  role: string;
  intakeInterviewOn: Date | null;
  mandateEndsOn: Date;
};

function useRoleOptions(): Option[] {
  const t = useTranslations("groups");
  return GROUP_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
}

/** Adds a participant to the group with their intake interview, role and mandate. */
export function AddMemberForm({
  dept,
  groupId,
  candidates,
  today,
}: {
  dept: string;
  groupId: string;
  candidates: Option[];
  today: string;
}) {
  const t = useTranslations("groups");
  const roles = useRoleOptions();
  return (
    <ActionForm
      action={addMemberAction}
      dept={dept}
      hidden={{ groupId }}
      submitLabel={t("addMember")}
      pendingLabel={t("adding")}
      success={t("memberAdded")}
      testId="add-member"
    >
      {({ bind }) => (
        <>
          <Select
            {...bind("participantId")}
            label={t("participant")}
            placeholder={t("chooseParticipant")}
            hint={t("participantHint")}
            options={candidates}
          />
          <Field {...bind("joinedOn", today)} type="date" label={t("joinedOn")} />
          <Field {...bind("intakeInterviewOn")} type="date" label={t("intakeInterviewOn")} />
          <Select {...bind("role", "MEMBER")} label={t("roleLabel")} options={roles} />
          <Field {...bind("mandateEndsOn")} type="date" label={t("mandateEndsOn")} hint={t("mandateHint")} />
        </>
      )}
    </ActionForm>
  );
}

/** Changes a member's role, intake interview or mandate end (renewing a mandate). */
export function UpdateMemberForm({ dept, member }: { dept: string; member: Member }) {
  const t = useTranslations("groups");
  const common = useTranslations("common");
  const roles = useRoleOptions();
  return (
    <ActionForm
      action={updateMemberAction}
      dept={dept}
      hidden={{ membershipId: member.id, version: String(member.version) }}
      submitLabel={common("save")}
      pendingLabel={common("saving")}
      success={t("memberSaved")}
    >
      {({ bind }) => (
        <>
          <Select
            {...bind("role", member.role)}
            id={`role-${member.id}`}
            label={t("roleLabel")}
            options={roles}
          />
          <Field
            {...bind("intakeInterviewOn", isoDay(member.intakeInterviewOn))}
            id={`intake-${member.id}`}
            type="date"
            label={t("intakeInterviewOn")}
          />
          <Field
            {...bind("mandateEndsOn", isoDay(member.mandateEndsOn))}
            id={`mandate-${member.id}`}
            type="date"
            label={t("mandateEndsOn")}
          />
        </>
      )}
    </ActionForm>
  );
}

/** A member leaves the group: the date, why, and the closing interview. History is kept. */
export function ExitMemberForm({ dept, member, today }: { dept: string; member: Member; today: string }) {
  const t = useTranslations("groups");
  return (
    <ActionForm
      action={exitMemberAction}
      dept={dept}
      hidden={{ membershipId: member.id, version: String(member.version) }}
      submitLabel={t("recordExit")}
      pendingLabel={t("saving")}
      success={t("exitRecorded")}
    >
      {({ bind }) => (
        <>
          <Field {...bind("exitedOn", today)} id={`exited-${member.id}`} type="date" label={t("exitedOn")} />
          <Field {...bind("exitReason")} id={`reason-${member.id}`} label={t("exitReason")} />
          <Field
            {...bind("closingInterviewOn")}
            id={`closing-${member.id}`}
            type="date"
            label={t("closingInterviewOn")}
          />
        </>
      )}
    </ActionForm>
  );
}
