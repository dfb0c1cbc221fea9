// Money is integer cents everywhere (SPEC §3); people read and type euros the French way: "12,50 €".
import { numberFormat } from "@/lib/intl";

/** "12,50", "12.5", "1 234,5 €" → 1250, 1250, 123450; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [units = "0", decimals = ""] = cleaned.split(".");
  return Number(units) * 100 + Number(decimals.padEnd(2, "0"));
}

/** 1250 → "12,50 €" (or "€12.50" in English). */
export function formatEuros(cents: number, locale = "fr"): string {
  return numberFormat(locale === "en" ? "en-GB" : "fr-FR", { style: "currency", currency: "EUR" }).format(
    cents / 100,
  );
}

/** 1250 → "12,50": the value shown in an input, without the currency sign. */
export function eurosInputValue(cents: number): string {
  return (cents / 100).toFixed(2).replace(".", ",");
}
