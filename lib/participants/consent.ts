// GDPR consent: the date a person agreed, who recorded it, and which version of the information
// text they agreed to. Client components import this file (the form shows the version).

/** Version of the information text people agree to; change it whenever the text changes. */
export const CONSENT_TEXT_VERSION = "2025-09";

type Consent = {
  consentAt: Date | null;
  consentRecordedById: string | null;
  consentTextVersion: string | null;
};

/**
 * The consent columns for the day typed in a form. An unchanged day keeps who recorded it and the
 * version agreed to then; a new or changed day is recorded now, by the person acting, on the current
 * text; no day means no consent.
 */
export function consentColumns(consentOn: Date | null, actorId: string, before?: Consent): Consent {
  if (!consentOn) return { consentAt: null, consentRecordedById: null, consentTextVersion: null };
  if (before?.consentAt && sameDay(before.consentAt, consentOn)) {
    return {
      consentAt: before.consentAt,
      consentRecordedById: before.consentRecordedById,
      consentTextVersion: before.consentTextVersion,
    };
  }
  return { consentAt: consentOn, consentRecordedById: actorId, consentTextVersion: CONSENT_TEXT_VERSION };
}

/** YYYY-MM-DD of a stored consent, as <input type="date"> and the comparison above read it (Paris day). */
export function consentDay(consentAt: Date): string {
  return consentAt.toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
}

function sameDay(stored: Date, typed: Date): boolean {
  return consentDay(stored) === typed.toISOString().slice(0, 10);
}
