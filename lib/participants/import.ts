import type { ActionContext } from "@/lib/actions";
import { invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { participantColumns } from "@/lib/participants/service";
import {
  flagDuplicates,
  readImportFile,
  type ImportRow,
  type RowProblem,
} from "@/lib/participants/import-rows";
import type { ImportInput } from "@/lib/participants/schemas";

// CSV import, in two stateless steps: the preview reads the file and says what each row would
// become; the import reads the same text again, re-checks everything and writes the valid rows.

export type RowStatus = "valid" | "invalid" | "duplicate";
export type PreviewRow = {
  line: number;
  name: string;
  phone: string;
  email: string;
  status: RowStatus;
  problems: RowProblem[];
};
export type SkippedRow = { line: number; problems: RowProblem[] };

/** The file's rows, checked against each other and against the department's participants. */
async function checkFile(ctx: ActionContext, csv: string) {
  const file = readImportFile(csv);
  const inputs = file.rows.flatMap((r) => (r.input ? [r.input] : []));
  const phones = inputs.flatMap((i) => (i.phone ? [i.phone] : []));
  const emails = inputs.flatMap((i) => (i.email ? [i.email] : []));
  const existing = await ctx.tx.participant.findMany({
    where: {
      departmentId: ctx.departmentId,
      anonymisedAt: null,
      OR: [{ phone: { in: phones } }, { email: { in: emails, mode: "insensitive" } }],
    },
    select: { firstName: true, lastName: true, phone: true, email: true },
  });
  flagDuplicates(file.rows, existing);
  return file;
}

function statusOf(row: ImportRow): RowStatus {
  if (row.input) return "valid";
  return row.problems.some((p) => p.key.startsWith("duplicate")) ? "duplicate" : "invalid";
}

export async function previewImport(ctx: ActionContext, { csv }: ImportInput) {
  const file = await checkFile(ctx, csv);
  const rows: PreviewRow[] = file.rows.map((row) => ({
    line: row.line,
    name: [row.cells.lastName, row.cells.firstName].filter(Boolean).join(" "),
    phone: row.cells.phone ?? "",
    email: row.cells.email ?? "",
    status: statusOf(row),
    problems: row.problems,
  }));
  return {
    rows,
    validCount: rows.filter((r) => r.status === "valid").length,
    ignoredColumns: file.ignoredColumns,
  };
}

/**
 * Writes every valid row in the action's one transaction (all or nothing), consent recorded by the
 * importing coordinator, with one audit event listing the new ids and the rows left out.
 */
export async function importParticipants(ctx: ActionContext, { csv }: ImportInput) {
  const file = await checkFile(ctx, csv);
  const valid = file.rows.flatMap((row) => (row.input ? [row.input] : []));
  if (valid.length === 0) throw invalid({ csv: [{ key: "validation.csvNothingToImport" }] });
  const created = await ctx.tx.participant.createManyAndReturn({
    data: valid.map((input) => ({ departmentId: ctx.departmentId, ...participantColumns(ctx, input) })),
    select: { id: true },
  });
  const skipped: SkippedRow[] = file.rows
    .filter((row) => !row.input)
    .map((row) => ({ line: row.line, problems: row.problems }));
  await recordAudit(ctx, {
    action: "participant.import",
    entity: "Department",
    entityId: ctx.departmentId,
    after: { participantIds: created.map((p) => p.id), skippedLines: skipped.map((s) => s.line) },
  });
  return { imported: created.length, skipped };
}
