"use client";

import { useTranslations } from "next-intl";
import { CircleAlert, CircleCheck, Copy } from "lucide-react";
import type { PreviewRow, RowStatus, SkippedRow } from "@/lib/participants/import";
import { Notice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";

const STATUS = {
  valid: { icon: CircleCheck, key: "statusValid", className: "text-green-800" },
  invalid: { icon: CircleAlert, key: "statusInvalid", className: "text-red-800" },
  duplicate: { icon: Copy, key: "statusDuplicate", className: "text-amber-900" },
} as const satisfies Record<RowStatus, unknown>;

/** Each problem of a row as a sentence: "Ligne 3 : le téléphone n'est pas valable". */
function Problems({ row }: { row: SkippedRow }) {
  const t = useTranslations("participants.import");
  const problem = (key: string, values?: Record<string, string | number>) =>
    t("rowProblem", { line: row.line, problem: t(`problem.${key}` as "problem.phone", values) });
  if (row.problems.length === 0) return null;
  return (
    <ul className="list-disc pl-5">
      {row.problems.map((p, i) => (
        <li key={i}>{problem(p.key, p.values)}</li>
      ))}
    </ul>
  );
}

export function ImportPreview({
  rows,
  validCount,
  ignoredColumns,
}: {
  rows: PreviewRow[];
  validCount: number;
  ignoredColumns: string[];
}) {
  const t = useTranslations("participants.import");
  return (
    <section aria-labelledby="import-preview-title" className="flex flex-col gap-3">
      <h3 id="import-preview-title" className="text-lg font-semibold">
        {t("preview")}
      </h3>
      <p>{t("summary", { valid: validCount, total: rows.length })}</p>
      {ignoredColumns.length > 0 && <p>{t("ignoredColumns", { columns: ignoredColumns.join(", ") })}</p>}
      <Table
        caption={t("preview")}
        rows={rows}
        rowKey={(r) => String(r.line)}
        empty={t("nothing")}
        testId="import-preview"
        columns={[
          { key: "line", label: t("line"), cell: (r) => r.line },
          { key: "name", label: t("name"), cell: (r) => r.name || "—" },
          {
            key: "status",
            label: t("status"),
            cell: (r) => {
              const { icon: Icon, key, className } = STATUS[r.status];
              return (
                <span
                  className={`inline-flex items-center gap-1 font-medium ${className}`}
                  data-status={r.status}
                >
                  <Icon aria-hidden className="size-4" />
                  {t(key)}
                </span>
              );
            },
          },
          { key: "problems", label: t("problems"), cell: (r) => <Problems row={r} /> },
        ]}
      />
    </section>
  );
}

export function ImportReport({ imported, skipped }: { imported: number; skipped: SkippedRow[] }) {
  const t = useTranslations("participants.import");
  return (
    <section
      aria-labelledby="import-report-title"
      className="flex flex-col gap-3"
      data-testid="import-report"
    >
      <h3 id="import-report-title" className="text-lg font-semibold">
        {t("report")}
      </h3>
      <Notice kind="success">{t("imported", { count: imported })}</Notice>
      {skipped.length > 0 && (
        <>
          <h4 className="font-semibold">{t("skipped")}</h4>
          <ul className="flex flex-col gap-2">
            {skipped.map((row) => (
              <li key={row.line}>
                <Problems row={row} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
