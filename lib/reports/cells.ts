import { numberFormat } from "@/lib/intl";
import { eurosInputValue, formatEuros } from "@/lib/money";
import { MASKED } from "@/lib/reports/mask";
import type { Cell } from "@/lib/reports/tables";

// One cell of a report table, written for a reader (page), for a spreadsheet (CSV) or for a chart.

const NONE = "—";

/** As a reader sees it: "45 %", "1 234,50 €", "12 jours", "3,2 / 4", "< 5". */
export function displayCell(cell: Cell, locale: string, days: (n: number) => string): string {
  if (cell === null) return NONE;
  if (typeof cell === "string") return cell;
  const number = (n: number, options?: Intl.NumberFormatOptions) =>
    numberFormat(locale === "en" ? "en-GB" : "fr-FR", options).format(n);
  if ("count" in cell) return cell.count === MASKED ? MASKED : number(cell.count);
  if ("share" in cell) {
    if (cell.share === null || cell.share === MASKED) return cell.share ?? NONE;
    return number(cell.share, { style: "percent", maximumFractionDigits: 1 });
  }
  if ("cents" in cell) return cell.cents === null ? NONE : formatEuros(cell.cents, locale);
  if ("days" in cell) return cell.days === null ? NONE : days(cell.days);
  if (cell.average === null || cell.average === MASKED) return cell.average ?? NONE;
  return `${number(cell.average, { maximumFractionDigits: 1 })} / 4`;
}

/** As French Excel reads it: plain numbers with a decimal comma, percentages as "45,5". */
export function csvCell(cell: Cell): string | number | null {
  if (cell === null || typeof cell === "string") return cell;
  const decimal = (n: number) => String(Math.round(n * 10) / 10).replace(".", ",");
  if ("count" in cell) return cell.count;
  if ("share" in cell) return typeof cell.share === "number" ? decimal(cell.share * 100) : cell.share;
  if ("cents" in cell) return cell.cents === null ? null : eurosInputValue(cell.cents);
  if ("days" in cell) return cell.days;
  return typeof cell.average === "number" ? decimal(cell.average) : cell.average;
}

/** As a chart plots it (percent for shares, euros for amounts); hidden or missing values are gaps. */
export function chartValue(cell: Cell): number | null {
  if (cell === null || typeof cell === "string") return null;
  if ("count" in cell) return typeof cell.count === "number" ? cell.count : null;
  if ("share" in cell) return typeof cell.share === "number" ? Math.round(cell.share * 1000) / 10 : null;
  if ("cents" in cell) return cell.cents === null ? null : cell.cents / 100;
  if ("days" in cell) return cell.days;
  return typeof cell.average === "number" ? cell.average : null;
}
