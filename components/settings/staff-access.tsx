"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { MailPlus, UserCheck, UserX } from "lucide-react";
import type { ActionResult } from "@/lib/actions";
import { disableStaffAction, enableStaffAction, resendStaffInvitationAction } from "@/lib/staff/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { dept: string; membershipId: string; name: string };

function Outcome({ state, success }: { state: ActionResult | null; success: string }) {
  if (!state) return null;
  if (state.ok) return <Notice kind="success">{success}</Notice>;
  return <Notice kind="error">{state.fieldErrors?._form?.join(" ") ?? state.message}</Notice>;
}

/**
 * Disables a membership (after saying what that does) or re-enables it. One form for both, so that
 * the outcome stays on screen when the page comes back with the new status.
 */
export function StaffAccessForm({ dept, membershipId, name, disabled }: Props & { disabled: boolean }) {
  const t = useTranslations("settings.staff");
  const common = useTranslations("common");
  const [state, action] = useActionState(
    (previous: ActionResult<{ id: string }> | null, data: FormData) =>
      (data.get("access") === "enable" ? enableStaffAction : disableStaffAction)(previous, data),
    null,
  );
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="access" value={disabled ? "enable" : "disable"} />
      <Outcome state={state} success={disabled ? t("disabledDone") : t("enabledDone")} />
      {disabled ? (
        <SubmitButton
          label={t("enable")}
          pendingLabel={common("saving")}
          icon={<UserCheck aria-hidden className="size-4" />}
        />
      ) : (
        <ConfirmButton
          label={t("disable")}
          question={t("disableQuestion", { name })}
          confirmLabel={t("disableConfirm")}
          cancelLabel={common("cancel")}
          icon={<UserX aria-hidden className="size-4" />}
        />
      )}
    </form>
  );
}

/** A new "choose your password" link, for someone who has not chosen one yet. */
export function ResendInvitationForm({ dept, membershipId }: Omit<Props, "name">) {
  const t = useTranslations("settings.staff");
  const common = useTranslations("common");
  const [state, action] = useActionState(resendStaffInvitationAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <Outcome state={state} success={t("resentDone")} />
      <SubmitButton
        label={t("resend")}
        pendingLabel={common("saving")}
        icon={<MailPlus aria-hidden className="size-4" />}
      />
    </form>
  );
}
