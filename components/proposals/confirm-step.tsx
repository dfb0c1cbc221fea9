"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A step that cannot be taken back asks first and says what it does (publishing an answer,
 * declaring the work done): a confirmation dialog, then the action.
 */
export function ConfirmStep<T>({
  action,
  hidden,
  label,
  question,
  icon,
  testId,
}: {
  action: FormAction<T>;
  hidden: Record<string, string>;
  label: string;
  question: string;
  icon?: ReactNode;
  testId: string;
}) {
  const common = useTranslations("common");
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} data-testid={testId} className="flex flex-col gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state && !state.ok && (
        <Notice kind="error">{state.fieldErrors?._form?.join(" ") ?? state.message}</Notice>
      )}
      <div>
        <ConfirmButton
          label={label}
          question={question}
          confirmLabel={label}
          cancelLabel={common("cancel")}
          icon={icon}
        />
      </div>
    </form>
  );
}
