import { parseCsv } from "@/lib/csv";
import { invalid, type FieldIssue } from "@/lib/errors";
import { fieldIssuesOf, normalisePhone } from "@/lib/validation";
import type { ContactChannel, ParticipantNeed, RecruitmentSource } from "@/lib/generated/prisma/enums";
import { importRowInput, type ParticipantFields } from "@/lib/participants/schemas";
import { MAX_IMPORT_ROWS } from "@/lib/participants/options";

// Reading an import file, without the database. Headers and choices are French words compared
// without case, accents or punctuation ("Prénom", "prenom", "PRÉNOM"); each row then becomes the
// input of the participant form and goes through the form's own schema.

/** A row's problem: a key of participants.import.problems, with its values. */
export type RowProblem = { key: string; values?: Record<string, string | number> };
export type ImportRow = {
  line: number;
  cells: Partial<Record<Column, string>>;
  /** The row as the form would send it; null when a problem stops it. */
  input: ParticipantFields | null;
  problems: RowProblem[];
};
export type Person = { firstName: string; lastName: string; phone: string | null; email: string | null };

type Column = keyof typeof HEADERS;

/** Each column's accepted header names; the first is the one the example file and messages use. */
const HEADERS = {
  lastName: ["nom", "nom de famille"],
  firstName: ["prénom"],
  phone: ["téléphone", "tél", "portable"],
  email: ["email", "e-mail", "courriel", "mail"],
  preferredChannel: ["canal", "canal préféré"],
  consentOn: ["consentement", "consentement (date)", "date de consentement"],
  recruitmentSource: ["source", "source de recrutement"],
  referentName: ["référent", "référente", "référent·e"],
  needs: ["besoins", "besoin"],
  doNotContact: ["ne pas contacter"],
};
const REQUIRED: Column[] = ["lastName", "firstName"];

const CHANNELS = words<ContactChannel>({
  SMS: ["sms", "texto"],
  EMAIL: ["e-mail", "courriel", "mail"],
  PHONE_CALL: ["appel", "appel téléphonique", "téléphone", "tél"],
  POST: ["courrier", "courrier postal", "poste"],
  NONE: ["aucun", "aucune", "rien"],
});
const SOURCES = words<RecruitmentSource>({
  REFERENT: ["référent", "référente", "référent·e"],
  CO_OPTATION: ["cooptation"],
  INFORMATION_SESSION: ["réunion d'information", "information collective", "session d'information"],
  PARTNER: ["partenaire", "structure partenaire"],
  OTHER: ["autre"],
});
const NEEDS = words<ParticipantNeed>({
  MOBILITY: ["mobilité", "transport"],
  CHILDCARE: ["garde d'enfants", "garde d'enfant", "garde"],
  ACCESSIBILITY: ["accessibilité"],
  INTERPRETER: ["interprète", "interprétariat"],
});
const YES_NO = words<"yes" | "no">({ yes: ["oui", "o", "x", "vrai", "1"], no: ["non", "n", "faux", "0"] });

/** "Prénom " → "prenom": what two spellings of the same word have in common. */
function wordKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function words<T extends string>(table: Record<T, string[]>): Map<string, T> {
  return new Map(
    Object.entries<string[]>(table).flatMap(([value, list]) => list.map((w) => [wordKey(w), value as T])),
  );
}

const COLUMN_BY_HEADER = words<Column>(HEADERS);
const COLUMN_NAMES = Object.fromEntries(
  Object.entries(HEADERS).map(([column, names]) => [column, names[0]!]),
) as Record<Column, string>;

/** The file's rows with their problems; a file that cannot be read at all is refused as a whole. */
export function readImportFile(text: string): { rows: ImportRow[]; ignoredColumns: string[] } {
  const { header, rows } = parseCsv(text);
  const columns = new Map<Column, number>();
  const ignoredColumns: string[] = [];
  header.forEach((name, index) => {
    const column = COLUMN_BY_HEADER.get(wordKey(name));
    if (column && !columns.has(column)) columns.set(column, index);
    else if (name) ignoredColumns.push(name);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c)).map((c) => COLUMN_NAMES[c]);
  if (missing.length)
    throw invalid({ csv: [{ key: "validation.csvColumns", values: { columns: missing.join(", ") } }] });
  if (rows.length === 0) throw invalid({ csv: [{ key: "validation.csvEmpty" }] });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw invalid({ csv: [{ key: "validation.csvTooManyRows", values: { max: MAX_IMPORT_ROWS } }] });
  }
  return {
    ignoredColumns,
    // Numbered like the spreadsheet's rows: the header is row 1.
    rows: rows.map((cells, index) => {
      const picked = [...columns].map(([column, at]) => [column, (cells[at] ?? "").trim()]);
      return readRow(index + 2, Object.fromEntries(picked.filter(([, v]) => v)));
    }),
  };
}

function readRow(line: number, cells: Partial<Record<Column, string>>): ImportRow {
  const problems: RowProblem[] = [];
  const choose = <T>(value: string | undefined, table: Map<string, T>, problem: string): T | undefined => {
    if (!value) return undefined;
    const found = table.get(wordKey(value));
    if (found === undefined) problems.push({ key: problem, values: { value } });
    return found;
  };
  const needs = (cells.needs ?? "")
    .split(/[,;/]/)
    .map((w) => w.trim())
    .filter(Boolean);
  const consentOn = cells.consentOn && isoDay(cells.consentOn);
  if (cells.consentOn && !consentOn)
    problems.push({ key: "consentDate", values: { value: cells.consentOn } });
  const raw = {
    ...cells,
    // No channel given: the one the contact details allow.
    preferredChannel:
      choose(cells.preferredChannel, CHANNELS, "channel") ??
      (cells.phone ? "SMS" : cells.email ? "EMAIL" : "NONE"),
    recruitmentSource: choose(cells.recruitmentSource, SOURCES, "source"),
    needs: needs.map((need) => choose(need, NEEDS, "need")).filter(Boolean),
    consentOn: consentOn || undefined,
    doNotContact: choose(cells.doNotContact, YES_NO, "yesNo") === "yes" ? "on" : undefined,
  };
  const parsed = importRowInput.safeParse(raw);
  if (!parsed.success) {
    for (const [field, issues] of Object.entries(fieldIssuesOf(parsed.error, raw))) {
      problems.push(...issues.map((issue) => problemOf(field, issue)));
    }
  }
  return { line, cells, input: parsed.success && problems.length === 0 ? parsed.data : null, problems };
}

/** "12/09/2025" (or 12-09-2025, 12.09.2025) → "2025-09-12"; null when no such day exists. */
function isoDay(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!match) return null;
  const [, d, m, y] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : null;
}

function problemOf(field: string, issue: FieldIssue): RowProblem {
  const column = COLUMN_NAMES[field as Column] ?? field;
  switch (issue.key) {
    case "validation.required":
      return { key: "required", values: { column } };
    case "validation.tooLong":
      return { key: "tooLong", values: { column, ...issue.values } };
    case "validation.channelNeedsPhone":
    case "validation.channelNeedsEmail":
    case "validation.consentInFuture":
      return { key: issue.key.slice("validation.".length) };
    default:
      return field === "phone" || field === "email" ? { key: field } : { key: "invalid", values: { column } };
  }
}

/**
 * Flags the valid rows that name someone already known (same last and first name, and the same
 * phone or e-mail) or met earlier in the file. Such rows are reported and not imported.
 */
export function flagDuplicates(rows: ImportRow[], existing: Person[]): void {
  const seen = new Map<string, number>();
  for (const person of existing) for (const k of identityKeys(person)) seen.set(k, 0);
  for (const row of rows) {
    if (!row.input) continue;
    const keys = identityKeys(row.input);
    const earlier = keys.map((k) => seen.get(k)).find((at) => at !== undefined);
    if (earlier !== undefined) {
      row.problems.push(
        earlier === 0 ? { key: "duplicateExisting" } : { key: "duplicateInFile", values: { line: earlier } },
      );
      row.input = null;
    } else for (const k of keys) seen.set(k, row.line);
  }
}

function identityKeys(person: Person): string[] {
  const name = `${wordKey(person.lastName)}|${wordKey(person.firstName)}`;
  const phone = person.phone && (normalisePhone(person.phone) ?? person.phone);
  return [phone && `${name}|${phone}`, person.email && `${name}|${person.email.toLowerCase()}`].filter(
    (k): k is string => Boolean(k),
  );
}
