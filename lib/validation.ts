import { z } from "zod";
import type { FieldIssue, FieldIssues } from "@/lib/errors";
import { parseEuros } from "@/lib/money";

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

/**
 * Parses an action's input. A field holding U+0000 is refused before the schema sees it: PostgreSQL
 * text cannot store that character (the query would fail), and no browser form sends it.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: Record<string, unknown>,
): { success: true; data: z.output<S> } | { success: false; issues: FieldIssues } {
  const withNul = Object.entries(raw).filter(([field, value]) => hasNul(field) || hasNul(value));
  if (withNul.length)
    return {
      success: false,
      issues: Object.fromEntries(withNul.map(([field]) => [field, [{ key: "validation.invalid" }]])),
    };
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed : { success: false, issues: fieldIssuesOf(parsed.error, raw) };
}

function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value === null || typeof value !== "object" || value instanceof Blob) return false;
  return Object.entries(value).some(([key, v]) => hasNul(key) || hasNul(v));
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
      if (issue.origin === "array")
        return { key: "validation.tooFew", values: { min: Number(issue.minimum) } };
      return { key: "validation.tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string")
        return { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array")
        return { key: "validation.tooMany", values: { max: Number(issue.maximum) } };
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

/** A ticked checkbox sends "on"; an unticked one sends nothing. */
export const checkbox = () =>
  z
    .literal("on")
    .optional()
    .transform((v) => v === "on");

/** An amount typed in euros ("12,50"), as integer cents. */
export const euros = () =>
  z
    .string()
    .trim()
    .min(1)
    .transform((v, ctx) => {
      const cents = parseEuros(v);
      if (cents === null) ctx.addIssue({ code: "custom", message: "validation.euros" });
      return cents ?? 0;
    });

/** A calendar day from <input type="date"> (YYYY-MM-DD), at UTC midnight as Prisma stores @db.Date. */
export const day = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "validation.date" })
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()), { message: "validation.date" });

export const optionalDay = () =>
  day()
    .optional()
    .transform((v) => v ?? null);

/** French numbers ("06 12 34 56 78") and international ones ("+32 …"), stored as +33612345678. */
export const phone = () =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      const normalised = normalisePhone(v);
      if (!normalised) ctx.addIssue({ code: "custom", message: "validation.phone" });
      return normalised ?? "";
    });

export const optionalPhone = () =>
  phone()
    .optional()
    .transform((v) => v || null);

export const optionalEmail = () =>
  email()
    .optional()
    .transform((v) => v ?? null);

export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, "");
  if (/^0[1-9]\d{8}$/.test(compact)) return `+33${compact.slice(1)}`;
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  return null;
}

/** One or several values of a form's checkboxes, as a list. */
export const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const REMINDER_MAX = 60;
const REMINDER_COUNT = 5;
/** "7, 1": the days before a session when reminders go out (department default or one session's). */
export const reminderDays = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      const parts = (raw ?? "").split(/[\s,;]+/).filter(Boolean);
      if (parts.some((p) => !/^\d{1,2}$/.test(p) || Number(p) > REMINDER_MAX)) {
        ctx.addIssue({ code: "custom", message: "validation.reminderDays" });
        return [];
      }
      const days = parts.map(Number);
      if (new Set(days).size !== days.length)
        ctx.addIssue({ code: "custom", message: "validation.duplicates" });
      if (days.length > REMINDER_COUNT)
        ctx.addIssue({
          code: "too_big",
          origin: "array",
          maximum: REMINDER_COUNT,
          inclusive: true,
          input: days,
        });
      return days.sort((x, y) => y - x);
    });
