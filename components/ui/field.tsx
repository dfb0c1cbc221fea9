import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Form fields: a visible label, an optional hint and the field's errors, both announced with the
// control (aria-describedby). Server forms and client forms use the same components.

type Shell = { name: string; label: string; hint?: string; errors?: string[]; id?: string };

const CONTROL =
  "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700";

function describedBy(id: string, hint?: string, errors?: string[]) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { hintId, errorId, ids: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

function FieldShell({
  id,
  label,
  hint,
  errors,
  name,
  children,
}: Shell & {
  id: string;
  children: (aria: { "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const { hintId, errorId, ids } = describedBy(id, hint, errors);
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
      {children({ "aria-describedby": ids, ...(errorId ? { "aria-invalid": true as const } : {}) })}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800" data-testid={`error-${name}`}>
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}

export function Field({
  name,
  label,
  hint,
  errors,
  id = name,
  ...input
}: Shell & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell {...{ id, name, label, hint, errors }}>
      {(aria) => <input id={id} name={name} className={CONTROL} {...aria} {...input} />}
    </FieldShell>
  );
}

export function TextArea({
  name,
  label,
  hint,
  errors,
  id = name,
  ...input
}: Shell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell {...{ id, name, label, hint, errors }}>
      {(aria) => <textarea id={id} name={name} rows={4} className={CONTROL} {...aria} {...input} />}
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

export function Select({
  name,
  label,
  hint,
  errors,
  id = name,
  options,
  placeholder,
  ...input
}: Shell & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[]; placeholder?: string }) {
  return (
    <FieldShell {...{ id, name, label, hint, errors }}>
      {(aria) => (
        <select id={id} name={name} className={CONTROL} {...aria} {...input}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Several boxes under one question (a fieldset whose legend is the question). */
export function CheckboxGroup({
  name,
  label,
  hint,
  errors,
  options,
  defaultValues = [],
}: Shell & { options: Option[]; defaultValues?: string[] }) {
  const { hintId, errorId, ids } = describedBy(name, hint, errors);
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={ids}>
      <legend className="font-medium">{label}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <div className="flex flex-wrap gap-x-6">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={defaultValues.includes(o.value)}
              className="size-5"
            />
            {o.label}
          </label>
        ))}
      </div>
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800" data-testid={`error-${name}`}>
          {errors?.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** A single yes/no box; sends "on" when ticked, nothing otherwise. */
export function Checkbox({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label className="flex min-h-11 items-center gap-2 font-medium">
        <input
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          className="size-5"
          aria-describedby={hint ? `${name}-hint` : undefined}
        />
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
    </div>
  );
}
