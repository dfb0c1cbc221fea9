"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export type ChoiceButton = { value: string; label: ReactNode; ariaLabel?: string; pressed?: boolean };

/**
 * One tap, one answer: a small form whose buttons each submit `name=value` to a defineAction
 * (votes, answers, faces). A pressed button says so (aria-pressed) and shows it without colour alone.
 */
export function ActionButtons<T>({
  action,
  dept,
  hidden,
  name,
  buttons,
  label,
  testId,
}: {
  action: FormAction<T>;
  dept: string;
  hidden: Record<string, string>;
  name: string;
  buttons: ChoiceButton[];
  label: string;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} data-testid={testId}>
      <input type="hidden" name="dept" value={dept} />
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      {state && !state.ok && (
        <Notice kind="error">{state.fieldErrors?._form?.join(" ") ?? state.message}</Notice>
      )}
      <div role="group" aria-label={label} className="flex flex-wrap gap-2">
        {buttons.map((b) => (
          <button
            key={b.value}
            type="submit"
            name={name}
            value={b.value}
            disabled={pending}
            aria-label={b.ariaLabel}
            aria-pressed={b.pressed}
            className={`${buttonClass(b.pressed ? "primary" : "secondary")} ${b.pressed ? "ring-2 ring-offset-2 ring-blue-800" : ""}`}
          >
            {b.label}
          </button>
        ))}
      </div>
    </form>
  );
}
