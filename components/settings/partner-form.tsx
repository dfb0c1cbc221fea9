"use client";

import { useTranslations } from "next-intl";
import { createPartnerAction, updatePartnerAction } from "@/lib/settings/actions";
import { PARTNER_KINDS } from "@/lib/settings/options";
import { formatPhone } from "@/lib/participants/options";
import { ActionForm } from "@/components/ui/action-form";
import { Field, Select } from "@/components/ui/field";

type Partner = {
  id: string;
  name: string;
  kind: string;
  email: string | null;
  phone: string | null;
  address: string | null;
};

/** Adds a partner organisation, or edits `partner` when given. */
export function PartnerForm({ dept, partner }: { dept: string; partner?: Partner }) {
  const t = useTranslations("settings");
  const common = useTranslations("common");
  const idPrefix = partner ? `partner-${partner.id}` : "partner-new";
  return (
    <ActionForm
      action={partner ? updatePartnerAction : createPartnerAction}
      dept={dept}
      hidden={partner ? { partnerId: partner.id } : {}}
      submitLabel={partner ? common("save") : t("partners.add")}
      pendingLabel={common("saving")}
      success={t("saved")}
    >
      {({ bind }) => (
        <>
          <Field
            id={`${idPrefix}-name`}
            {...bind("name", partner?.name)}
            label={t("partners.name")}
            required
          />
          <Select
            id={`${idPrefix}-kind`}
            {...bind("kind", partner?.kind ?? "SOCIAL_CENTRE")}
            label={t("partners.kind")}
            options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKind.${k}`) }))}
          />
          <Field
            id={`${idPrefix}-email`}
            {...bind("email", partner?.email)}
            type="email"
            autoComplete="off"
            label={t("partners.email")}
          />
          <Field
            id={`${idPrefix}-phone`}
            {...bind("phone", partner?.phone && formatPhone(partner.phone))}
            type="tel"
            autoComplete="off"
            label={t("partners.phone")}
          />
          <Field
            id={`${idPrefix}-address`}
            {...bind("address", partner?.address)}
            label={t("partners.address")}
          />
        </>
      )}
    </ActionForm>
  );
}
