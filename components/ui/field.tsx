import type { InputHTMLAttributes } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input whose hint and errors are announced with it (aria-describedby). */
export function Field({ name, label, hint, errors, id = name, ...input }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700"
        {...input}
      />
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800" data-testid={`error-${name}`}>
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
