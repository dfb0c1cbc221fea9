"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState plus what every form needs: the field errors, and the values typed before a
 * refusal (React resets uncontrolled forms after an action; `defaultValue` brings them back).
 */
export function useActionForm<T>(action: FormAction<T>) {
  const [state, formAction] = useActionState(action, null);
  const failure = state && !state.ok ? state : undefined;
  return {
    state,
    formAction,
    errors: (name: string) => failure?.fieldErrors?.[name],
    value: (name: string) => failure?.values?.[name],
  };
}
