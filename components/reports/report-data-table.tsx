"use client";

// A report table, its cells already written for the reader. A client component for its size alone:
// a department's table by group has hundreds of rows, and the page's payload then carries them as
// plain strings (a few bytes a cell) instead of as the elements of each cell; the HTML is rendered
// on the server all the same. Cell styles are in globals.css (.report-data), not on each cell.

export function ReportDataTable({
  caption,
  header,
  rows,
  hasTotal,
}: {
  caption: string;
  header: string[];
  rows: string[][];
  hasTotal: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="responsive-table report-data w-full text-left">
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest], r) => (
            <tr key={r} className={hasTotal && r === rows.length - 1 ? "total" : undefined}>
              <th scope="row" data-label={header[0]}>
                {first}
              </th>
              {rest.map((cell, c) => (
                <td key={c} data-label={header[c + 1]}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
