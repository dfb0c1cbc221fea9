import { stringify } from "csv-stringify/sync";
import Papa from "papaparse";

// CSV for French Excel: ";" between fields, a UTF-8 byte-order mark so accents open correctly, and
// cells that a spreadsheet would run as a formula neutralised (OWASP "CSV injection").

const BOM = "\uFEFF";

/** Prefixes a quote to text starting with = + - @ tab or carriage return, as OWASP advises. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toExcelCsv(header: string[], rows: (string | number | null)[][]): string {
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : (cell ?? ""))),
  );
  return BOM + stringify([header, ...cells], { delimiter: ";", record_delimiter: "\r\n" });
}

/** A response that downloads a CSV file. */
export function csvResponse(filename: string, body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}

/** Reads a CSV typed by hand or saved from Excel (";" or ","), header row first, BOM tolerated. */
export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: "greedy",
    delimiter: "",
  });
  const [header = [], ...rows] = result.data;
  return { header: header.map((h) => h.trim()), rows };
}
