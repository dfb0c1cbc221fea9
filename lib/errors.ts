// Expected errors: the only ones whose code reaches the user. Anything else is logged and answered
// with a generic message (lib/actions.ts).

export type ErrorCode = "not_found" | "forbidden" | "invalid" | "conflict" | "rate_limited" | "unexpected";

/** Field name → message keys of messages/*.json ("validation.required"…), with their values. */
export type FieldIssues = Record<string, FieldIssue[]>;
export type FieldIssue = { key: string; values?: Record<string, string | number> };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldIssues?: FieldIssues,
  ) {
    super(code);
    this.name = "AppError";
  }
}

/** "Not allowed" and "not found" are the same answer: nothing reveals that an object exists. */
export const notFound = () => new AppError("not_found");
export const forbidden = () => new AppError("forbidden");
/** Someone else changed the object first (compare-and-set lost). */
export const conflict = () => new AppError("conflict");
export const invalid = (fieldIssues: FieldIssues) => new AppError("invalid", fieldIssues);
