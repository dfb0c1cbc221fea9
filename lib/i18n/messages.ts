import { createTranslator } from "next-intl";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import type { Locale } from "@/lib/i18n/config";
import type { FieldIssues } from "@/lib/errors";

export const MESSAGES = { fr, en } satisfies Record<Locale, typeof fr>;

export type Translator = ReturnType<typeof translator>;

/** A translator outside React rendering (server actions, route handlers, tests). */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

/** Field issues (message keys) → the sentences shown at each field. */
export function translateIssues(t: Translator, issues: FieldIssues): Record<string, string[]> {
  // Keys come from lib/validation.ts and the schemas; a unit test checks each exists in both languages.
  const byKey = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return Object.fromEntries(
    Object.entries(issues).map(([field, list]) => [field, list.map((i) => byKey(i.key, i.values))]),
  );
}
