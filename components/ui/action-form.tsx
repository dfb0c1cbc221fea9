"use client";

import { Fragment, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export type FormHelpers = {
  /** The field's errors, in the reader's language. */
  errors: (name: string) => string[] | undefined;
  /** What was typed before a refusal, else the given default. */
  value: (name: string, fallback?: string | null) => string | undefined;
  /** Boxes ticked before a refusal, else the given ones (checkbox groups and single checkboxes). */
  ticked: (name: string, fallback?: string[]) => string[];
  checked: (name: string, fallback?: boolean) => boolean;
  /** Both, with the name, ready to spread on a field: <Field {...bind("name", current)} label=… />. */
  bind: (
    name: string,
    fallback?: string | null,
  ) => { name: string; errors?: string[]; defaultValue?: string };
};

/**
 * A form bound to a defineAction: carries the department of the page, shows the outcome at the top
 * (announced to screen readers) and each field's errors at the field, and keeps what was typed.
 */
export function ActionForm<T>({
  action,
  dept,
  submitLabel,
  pendingLabel,
  success,
  hidden = {},
  children,
  testId,
}: {
  action: FormAction<T>;
  dept: string;
  submitLabel: string;
  pendingLabel: string;
  success?: string;
  hidden?: Record<string, string>;
  children: (form: FormHelpers) => ReactNode;
  testId?: string;
}) {
  const { state, formAction, fieldsKey, errors, value, ticked } = useActionForm(action);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate data-testid={testId}>
      {state?.ok && success && <Notice kind="success">{success}</Notice>}
      {state && !state.ok && (
        <Notice kind="error">{state.fieldErrors?._form?.join(" ") ?? state.message}</Notice>
      )}
      <input type="hidden" name="dept" value={dept} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <Fragment key={fieldsKey}>
        {children({
          errors,
          value: (name, fallback) => value(name) ?? fallback ?? undefined,
          ticked: (name, fallback = []) => ticked(name) ?? fallback,
          checked: (name, fallback = false) => {
            const typed = ticked(name);
            return typed ? typed.includes("on") : fallback;
          },
          bind: (name, fallback) => ({
            name,
            errors: errors(name),
            defaultValue: value(name) ?? fallback ?? undefined,
          }),
        })}
      </Fragment>
      <div>
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
      </div>
    </form>
  );
}
