import type { ReactNode } from "react";

export type Column<T> = { key: string; label: string; cell: (row: T) => ReactNode; className?: string };

/**
 * A table on a wide screen that turns into one card per row on a phone (SPEC §6): each cell then
 * shows its column's name before its value. The markup stays a real table for screen readers.
 */
export function Table<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  testId,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: string;
  testId?: string;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <table className="responsive-table w-full text-left" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-400">
          {columns.map((c) => (
            <th key={c.key} scope="col" className="px-2 py-2 font-semibold">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-slate-200">
            {columns.map((c) => (
              <td key={c.key} data-label={c.label} className={`px-2 py-2 align-top ${c.className ?? ""}`}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
