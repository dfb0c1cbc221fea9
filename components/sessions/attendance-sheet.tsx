"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import { CheckCheck, ClipboardCheck } from "lucide-react";
import type { Attendance, Rsvp } from "@/lib/generated/prisma/enums";
import { saveAttendanceAction } from "@/lib/sessions/actions";
import { ATTENDANCES } from "@/lib/sessions/options";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

export type SheetRow = {
  id: string;
  name: string;
  rsvp: Rsvp;
  attendance: Attendance | null;
  companionPresent: boolean;
  companionName: string | null;
};

/**
 * The attendance sheet: one tap per person (native radio buttons, so arrows and space work), "all
 * present", the companion and the professionals; the whole sheet is saved at once.
 */
export function AttendanceSheet({
  dept,
  sessionId,
  version,
  professionalsPresent,
  rows,
}: {
  dept: string;
  sessionId: string;
  version: number;
  professionalsPresent: number;
  rows: SheetRow[];
}) {
  const t = useTranslations("sessions.attendance");
  const form = useRef<HTMLFormElement>(null);
  const { state, formAction, fieldsKey, errors, value, ticked } = useActionForm(saveAttendanceAction);
  const allPresent = () =>
    form.current
      ?.querySelectorAll<HTMLInputElement>('input[type="radio"][value="PRESENT"]')
      .forEach((radio) => (radio.checked = true));
  // A person who said no is excused until told otherwise.
  const initial = (r: SheetRow) =>
    value(`attendance.${r.id}`) ?? r.attendance ?? (r.rsvp === "NO" ? "EXCUSED" : undefined);
  const companion = (r: SheetRow) => {
    const typed = ticked(`companion.${r.id}`);
    return typed ? typed.includes("on") : r.companionPresent;
  };
  return (
    <form
      ref={form}
      action={formAction}
      className="flex flex-col gap-4"
      noValidate
      data-testid="attendance-sheet"
    >
      {state?.ok && <Notice kind="success">{t("saved")}</Notice>}
      {state && !state.ok && (
        <Notice kind="error">{state.fieldErrors?._form?.join(" ") ?? state.message}</Notice>
      )}
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <Button type="button" variant="secondary" onClick={allPresent}>
          <CheckCheck aria-hidden className="size-5" />
          {t("allPresent")}
        </Button>
      </div>
      <ul key={fieldsKey} className="flex flex-col gap-3">
        {rows.map((r) => {
          const problem = errors(`attendance.${r.id}`);
          return (
            <li key={r.id} className="rounded-md border border-slate-300 p-3">
              <fieldset aria-describedby={problem ? `attendance-${r.id}-error` : undefined}>
                <legend className="mb-2 font-medium">{r.name}</legend>
                <div className="flex flex-wrap gap-2">
                  {ATTENDANCES.map((a) => (
                    <label
                      key={a}
                      className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-500 px-3 has-[:checked]:border-2 has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50 has-[:checked]:font-semibold"
                    >
                      <input
                        type="radio"
                        name={`attendance.${r.id}`}
                        value={a}
                        defaultChecked={initial(r) === a}
                        className="size-5"
                      />
                      {t(`value.${a}`)}
                    </label>
                  ))}
                </div>
                {problem && (
                  <p id={`attendance-${r.id}-error`} className="mt-1 text-sm font-medium text-red-800">
                    {problem.join(" ")}
                  </p>
                )}
                {r.companionName && (
                  <label className="mt-2 flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      name={`companion.${r.id}`}
                      defaultChecked={companion(r)}
                      className="size-5"
                    />
                    {t("companion")} ({r.companionName})
                  </label>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div className="max-w-xs">
        <Field
          name="professionalsPresent"
          type="number"
          min={0}
          max={99}
          inputMode="numeric"
          label={t("professionals")}
          errors={errors("professionalsPresent")}
          defaultValue={value("professionalsPresent") ?? String(professionalsPresent)}
          key={`pros-${fieldsKey}`}
        />
      </div>
      <div>
        <SubmitButton
          label={t("save")}
          pendingLabel={t("saving")}
          icon={<ClipboardCheck aria-hidden className="size-5" />}
        />
      </div>
    </form>
  );
}
