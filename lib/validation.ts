import { z } from "zod";
import type { FieldIssue, FieldIssues } from "@/lib/errors";

// Turns zod issues into message keys of messages/*.json, so that field errors are shown in the
// reader's language. A schema may name its own key: `.refine(…, { message: "validation.inseeCode" })`.

export function fieldIssuesOf(error: z.ZodError, raw: Record<string, unknown>): FieldIssues {
  const issues: FieldIssues = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    (issues[field] ??= []).push(keyOf(issue, valueAt(raw, issue.path)));
  }
  return issues;
}

function keyOf(issue: z.core.$ZodIssue, value: unknown): FieldIssue {
  if (issue.message.startsWith("validation.")) return { key: issue.message };
  switch (issue.code) {
    case "invalid_type":
      return { key: value === undefined || value === null ? "validation.required" : "validation.invalid" };
    case "too_small":
      if (issue.origin === "string")
        return issue.minimum === 1
          ? { key: "validation.required" }
          : { key: "validation.tooShort", values: { min: Number(issue.minimum) } };
      if (issue.origin === "array") return { key: "validation.tooFew", values: { min: Number(issue.minimum) } };
      return { key: "validation.tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array") return { key: "validation.tooMany", values: { max: Number(issue.maximum) } };
      return { key: "validation.tooBig", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.email" : "validation.format" };
    case "invalid_value":
      return { key: "validation.choice" };
    default:
      return { key: "validation.invalid" };
  }
}

function valueAt(raw: Record<string, unknown>, path: PropertyKey[]): unknown {
  let value: unknown = raw;
  for (const key of path) value = value && typeof value === "object" ? (value as never)[key] : undefined;
  return value;
}

/**
 * Form fields arrive as strings; an empty field means "not given". Repeated names become arrays.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own hidden fields
    const values = formData.getAll(key).filter((v) => v !== "");
    if (values.length === 1) out[key] = values[0];
    else if (values.length > 1) out[key] = values;
  }
  return out;
}

// Building blocks shared by the input schemas (lib/<domain>/schemas.ts).
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);
export const email = () => z.string().trim().toLowerCase().max(254).pipe(z.email());
export const id = () => z.string().min(1).max(64);
