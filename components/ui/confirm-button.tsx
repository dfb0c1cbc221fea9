"use client";

import { useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/**
 * A destructive action asks first and says what it will do (SPEC §6). Placed inside a <form> whose
 * action does the work: "confirm" submits that form, "cancel" closes the dialog.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  cancelLabel,
  icon,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  icon?: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending } = useFormStatus();
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => dialog.current?.showModal()}
      >
        {icon}
        {label}
      </Button>
      <dialog ref={dialog} className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50">
        <p className="mb-4">{question}</p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {cancelLabel}
          </Button>
          <Button type="submit" onClick={() => dialog.current?.close()}>
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
