"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CalendarPlus } from "lucide-react";
import { createSessionAction } from "@/lib/sessions/actions";
import { AGENDA_TEMPLATES } from "@/lib/sessions/options";
import { useActionForm } from "@/components/ui/use-action-form";
import { Field, Select, TextArea, type Option } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

/** Plans a session in a minute; once planned, opens its page (invitations, attendance, ideas). */
export function SessionForm({
  dept,
  groups,
  groupId,
  departmentReminders,
  today,
}: {
  dept: string;
  groups: Option[];
  groupId?: string;
  departmentReminders: string;
  today: string;
}) {
  const t = useTranslations("sessions");
  const router = useRouter();
  const { state, formAction, fieldsKey, errors, value } = useActionForm(createSessionAction);
  useEffect(() => {
    if (state?.ok) router.push(`/${dept}/sessions/${state.data.id}`);
  }, [state, dept, router]);
  const bind = (name: string, fallback?: string) => ({
    name,
    errors: errors(name),
    defaultValue: value(name) ?? fallback,
  });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate data-testid="session-form">
      {state && !state.ok && (
        <Notice kind="error">{state.fieldErrors?._form?.join(" ") ?? state.message}</Notice>
      )}
      <input type="hidden" name="dept" value={dept} />
      <div key={fieldsKey} className="flex flex-col gap-4">
        <Select
          {...bind("groupId", groupId)}
          label={t("form.groupId")}
          placeholder={t("form.chooseGroup")}
          options={groups}
        />
        <Field {...bind("title")} label={t("form.title")} hint={t("form.titleHint")} required />
        <div className="grid gap-4 sm:grid-cols-3">
          <Field {...bind("date", today)} type="date" label={t("form.date")} required />
          <Field {...bind("startTime", "14:00")} type="time" label={t("form.startTime")} required />
          <Field {...bind("endTime", "16:30")} type="time" label={t("form.endTime")} required />
        </div>
        <Field {...bind("venue")} label={t("form.venue")} hint={t("form.venueHint")} required />
        <Field {...bind("address")} label={t("form.address")} autoComplete="street-address" />
        <TextArea
          {...bind("accessInfo")}
          rows={2}
          label={t("form.accessInfo")}
          hint={t("form.accessInfoHint")}
        />
        <Select
          {...bind("agendaTemplate", "FREE")}
          label={t("form.agendaTemplate")}
          options={AGENDA_TEMPLATES.map((a) => ({ value: a, label: t(`template.${a}`) }))}
        />
        <Field
          {...bind("halfDays", "1")}
          type="number"
          min={0}
          max={4}
          inputMode="numeric"
          label={t("form.halfDays")}
          hint={t("form.halfDaysHint")}
        />
        <Field
          {...bind("reminderDaysBefore")}
          inputMode="numeric"
          label={t("form.reminderDaysBefore")}
          hint={t("form.reminderHint", { days: departmentReminders })}
        />
      </div>
      <div>
        <SubmitButton
          label={t("form.submit")}
          pendingLabel={t("form.submitting")}
          icon={<CalendarPlus aria-hidden className="size-5" />}
        />
      </div>
    </form>
  );
}
