"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

type Attempt<T> = { result: ActionResult<T>; count: number };

/**
 * useActionState plus what every form needs: the field errors, and the values typed before a
 * refusal (React resets uncontrolled forms after an action; `defaultValue` brings them back).
 * A <select> only reads its `defaultValue` when it mounts: render the fields under
 * `key={fieldsKey}` so that they mount again, with what was typed, after each attempt.
 */
export function useActionForm<T>(action: FormAction<T>) {
  const [attempt, formAction] = useActionState<Attempt<T> | null, FormData>(
    async (previous, formData) => ({
      result: await action(previous?.result ?? null, formData),
      count: (previous?.count ?? 0) + 1,
    }),
    null,
  );
  const state = attempt?.result ?? null;
  const failure = state && !state.ok ? state : undefined;
  return {
    state,
    formAction,
    fieldsKey: attempt?.count ?? 0,
    errors: (name: string) => failure?.fieldErrors?.[name],
    value: (name: string) => {
      const typed = failure?.values?.[name];
      return typeof typed === "string" ? typed : undefined;
    },
    /** Ticked boxes after a refusal (an unticked box sends nothing: then none were ticked). */
    ticked: (name: string): string[] | undefined => {
      if (!failure) return undefined;
      const typed = failure.values?.[name];
      return typed === undefined ? [] : Array.isArray(typed) ? typed : [typed];
    },
  };
}
