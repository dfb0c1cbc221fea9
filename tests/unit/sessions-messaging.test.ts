import { describe, expect, it } from "vitest";

// lib/env.ts validates the whole environment; no database is opened by these tests.
process.env.DATABASE_URL ??= "postgresql://unused.invalid/unit";
import { dueReminder, effectiveSchedule, reminderTime } from "@/lib/messaging/reminder-schedule";
import { renderMessage } from "@/lib/messaging/templates";
import { readRsvpToken, rsvpToken } from "@/lib/sessions/rsvp-token";
import { escapeText } from "@/lib/sessions/ics";
import { initials } from "@/lib/sessions/sign-in-sheet";

// Tuesday 8 December 2026, 14:00 in Paris (13:00 UTC, winter time).
const startsAt = new Date("2026-12-08T13:00:00Z");
const payload = {
  locale: "fr",
  startsAt: startsAt.toISOString(),
  venue: "Maison des associations",
  address: "12 rue des Lilas, 14000 Caen",
  url: "https://exemple.fr/r/abc",
};

describe("reminder schedule", () => {
  it("sends J-d at 9:00 Paris time, and the same day at the latest two hours before", () => {
    expect(reminderTime(startsAt, 7).toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(reminderTime(startsAt, 1).toISOString()).toBe("2026-12-07T08:00:00.000Z");
    // Summer time: 9:00 in Paris is 7:00 UTC.
    expect(reminderTime(new Date("2026-06-10T12:00:00Z"), 1).toISOString()).toBe("2026-06-09T07:00:00.000Z");
    const early = new Date("2026-12-08T07:30:00Z"); // 8:30 in Paris
    expect(reminderTime(early, 0).toISOString()).toBe("2026-12-08T05:30:00.000Z");
  });

  it("uses a session's own schedule when it has one", () => {
    expect(effectiveSchedule([], [7, 1])).toEqual([7, 1]);
    expect(effectiveSchedule([3], [7, 1])).toEqual([3]);
  });

  it("picks the latest reminder reached after the invitation, and nothing once the session started", () => {
    const invitedAt = new Date("2026-11-20T10:00:00Z");
    const at = (iso: string) => dueReminder({ startsAt, invitedAt, schedule: [7, 1], now: new Date(iso) });
    expect(at("2026-11-30T12:00:00Z")).toBeNull();
    expect(at("2026-12-01T08:00:00Z")).toBe(7);
    expect(at("2026-12-07T09:00:00Z")).toBe(1);
    expect(at("2026-12-08T13:00:00Z")).toBeNull();
    // Invited two days before: no "one week before" reminder.
    const late = { startsAt, invitedAt: new Date("2026-12-06T10:00:00Z"), schedule: [7, 1] };
    expect(dueReminder({ ...late, now: new Date("2026-12-06T12:00:00Z") })).toBeNull();
    expect(dueReminder({ ...late, now: new Date("2026-12-07T12:00:00Z") })).toBe(1);
  });
});

describe("message texts", () => {
  it("are short and discreet: a day, a time, a place and the answer link, nothing about the programme", () => {
    const invitation = renderMessage("session-invitation", payload);
    expect(invitation.text).toBe(
      "Bonjour, vous êtes invité·e à la rencontre du groupe le mardi 8 décembre à 14 h, Maison des associations. " +
        "Dites-nous si vous venez : https://exemple.fr/r/abc\nAdresse : 12 rue des Lilas, 14000 Caen",
    );
    expect(invitation.subject).toBe("Rencontre du groupe le mardi 8 décembre");
    for (const template of ["session-invitation", "session-reminder", "session-cancelled"]) {
      const { subject, text } = renderMessage(template, { ...payload, daysBefore: 1 });
      expect(`${subject} ${text}`).not.toMatch(
        /RSA|AAH|allocation|insertion|participation|bénéficiaire|minima/i,
      );
    }
  });

  it("say tomorrow or today for the last reminders, in the person's language", () => {
    expect(renderMessage("session-reminder", { ...payload, daysBefore: 1 }).text).toMatch(
      /^Rappel : rencontre du groupe demain à 14 h, Maison des associations\./,
    );
    expect(renderMessage("session-reminder", { ...payload, daysBefore: 7 }).text).toMatch(
      /le mardi 8 décembre à 14 h/,
    );
    expect(renderMessage("session-reminder", { ...payload, daysBefore: 0, locale: "en" }).text).toMatch(
      /^Reminder: group meeting today at 14:00, Maison des associations\./,
    );
    expect(renderMessage("session-cancelled", payload).text).toBe(
      "La rencontre du groupe du mardi 8 décembre à 14 h est annulée. Nous vous donnerons bientôt une nouvelle date.",
    );
  });

  it("refuses an unknown template or an unreadable payload (the message then fails and is retried)", () => {
    expect(() => renderMessage("unknown", payload)).toThrow();
    expect(() => renderMessage("session-reminder", { venue: 3 })).toThrow();
  });
});

describe("RSVP links", () => {
  const claim = { invitationId: "cinvitation0001", departmentId: "cdepartment001", expiresAt: startsAt };
  const now = new Date("2026-12-01T10:00:00Z");

  it("reads back a genuine token until it expires", () => {
    const token = rsvpToken(claim);
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[0-9a-z]+\.[\w-]{22}$/);
    expect(readRsvpToken(token, now)).toEqual({ ...claim });
    expect(readRsvpToken(token, startsAt)).toBe("expired");
  });

  it("refuses any change to the invitation, the department, the expiry or the signature", () => {
    const [invitation, department, expiry, signature] = rsvpToken(claim).split(".") as [
      string,
      string,
      string,
      string,
    ];
    for (const forged of [
      `cinvitation0002.${department}.${expiry}.${signature}`,
      `${invitation}.cdepartment002.${expiry}.${signature}`,
      `${invitation}.${department}.${(parseInt(expiry, 36) + 86_400).toString(36)}.${signature}`,
      `${invitation}.${department}.${expiry}.${signature.slice(0, -2)}AA`,
      `${invitation}.${department}.${expiry}`,
      "",
    ]) {
      expect(readRsvpToken(forged, now)).toBe("forged");
    }
  });
});

describe("calendar and sign-in sheet helpers", () => {
  it("escapes calendar text", () => {
    expect(escapeText("Salle 2, étage 1; code\n1234")).toBe("Salle 2\\, étage 1\\; code\\n1234");
  });

  it("shows protected people by their initials", () => {
    expect(initials("Camille", "Martin")).toBe("C. M.");
    expect(initials("élodie", "Ôde")).toBe("É. Ô.");
  });
});
