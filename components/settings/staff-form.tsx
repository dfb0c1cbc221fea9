"use client";

import { useTranslations } from "next-intl";
import { changeStaffRoleAction, createStaffAction } from "@/lib/staff/actions";
import { STAFF_ROLES } from "@/lib/staff/options";
import { ActionForm } from "@/components/ui/action-form";
import { Field, Select, type Option } from "@/components/ui/field";

type Member = { id: string; role: string; partnerOrganisationId: string | null };

/** Adds someone to the team (and invites them), or changes `member`'s role and partner. */
export function StaffForm({ dept, partners, member }: { dept: string; partners: Option[]; member?: Member }) {
  const t = useTranslations("settings");
  const roles = useTranslations("roles");
  const common = useTranslations("common");
  const idPrefix = member ? `staff-${member.id}` : "staff-new";
  return (
    <ActionForm
      action={member ? changeStaffRoleAction : createStaffAction}
      dept={dept}
      hidden={member ? { membershipId: member.id } : {}}
      submitLabel={member ? common("save") : t("staff.addSubmit")}
      pendingLabel={common("saving")}
      success={member ? t("saved") : t("staff.added")}
      testId={member ? undefined : "staff-form"}
    >
      {({ bind }) => (
        <>
          {!member && (
            <>
              <Field
                id={`${idPrefix}-name`}
                {...bind("name")}
                label={t("staff.name")}
                autoComplete="off"
                required
              />
              <Field
                id={`${idPrefix}-email`}
                {...bind("email")}
                type="email"
                autoComplete="off"
                label={t("staff.email")}
                required
              />
            </>
          )}
          <Select
            id={`${idPrefix}-role`}
            {...bind("role", member?.role ?? "FACILITATOR")}
            label={t("staff.role")}
            options={STAFF_ROLES.map((r) => ({ value: r, label: roles(r) }))}
          />
          <Select
            id={`${idPrefix}-partner`}
            {...bind("partnerOrganisationId", member?.partnerOrganisationId)}
            label={t("staff.partner")}
            hint={t("staff.partnerHint")}
            placeholder={t("staff.noPartner")}
            options={partners}
          />
        </>
      )}
    </ActionForm>
  );
}
