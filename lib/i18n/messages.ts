import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import type { FieldIssues } from "@/lib/errors";
// One file per domain and language, each holding whole namespaces (messages/<locale>/<domain>.json).
import frCore from "@/messages/fr/core.json";
import frAuth from "@/messages/fr/auth.json";
import frDashboard from "@/messages/fr/dashboard.json";
import frAdmin from "@/messages/fr/admin.json";
import frGroups from "@/messages/fr/groups.json";
import frParticipants from "@/messages/fr/participants.json";
import frProposals from "@/messages/fr/proposals.json";
import frSessions from "@/messages/fr/sessions.json";
import frSettings from "@/messages/fr/settings.json";
import frMe from "@/messages/fr/me.json";
import frClaims from "@/messages/fr/claims.json";
import frReports from "@/messages/fr/reports.json";
import frMessaging from "@/messages/fr/messaging.json";
import frBudgets from "@/messages/fr/budgets.json";
import enCore from "@/messages/en/core.json";
import enAuth from "@/messages/en/auth.json";
import enDashboard from "@/messages/en/dashboard.json";
import enAdmin from "@/messages/en/admin.json";
import enGroups from "@/messages/en/groups.json";
import enParticipants from "@/messages/en/participants.json";
import enProposals from "@/messages/en/proposals.json";
import enSessions from "@/messages/en/sessions.json";
import enSettings from "@/messages/en/settings.json";
import enMe from "@/messages/en/me.json";
import enClaims from "@/messages/en/claims.json";
import enReports from "@/messages/en/reports.json";
import enMessaging from "@/messages/en/messaging.json";
import enBudgets from "@/messages/en/budgets.json";

const fr = {
  ...frCore,
  ...frAuth,
  ...frDashboard,
  ...frAdmin,
  ...frGroups,
  ...frParticipants,
  ...frProposals,
  ...frSessions,
  ...frSettings,
  ...frMe,
  ...frClaims,
  ...frReports,
  ...frMessaging,
  ...frBudgets,
};
const en = {
  ...enCore,
  ...enAuth,
  ...enDashboard,
  ...enAdmin,
  ...enGroups,
  ...enParticipants,
  ...enProposals,
  ...enSessions,
  ...enSettings,
  ...enMe,
  ...enClaims,
  ...enReports,
  ...enMessaging,
  ...enBudgets,
};

export type Messages = typeof fr;
export const MESSAGES = { fr, en } satisfies Record<Locale, Messages>;

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
