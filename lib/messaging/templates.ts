import { z } from "zod";
import { env } from "@/lib/env";
import { TIME_ZONE } from "@/lib/dates";
import { toLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { dateTimeFormat } from "@/lib/intl";

// The texts of the outbox, rendered when they are sent, in the reader's language. Participants'
// texts are short and discreet: they name neither the programme nor any benefit, only "the group",
// a day, a time and a place (SPEC §6).

/** What a session message carries; a snapshot taken when the message is written. */
export const sessionPayload = z.object({
  locale: z.string().default("fr"),
  startsAt: z.iso.datetime(),
  venue: z.string(),
  address: z.string().nullable().default(null),
  url: z.string().default(""),
  daysBefore: z.number().int().min(0).optional(),
  invitationId: z.string().optional(),
});
export type SessionPayload = z.input<typeof sessionPayload>;

const staffPayload = z.object({ departmentName: z.string(), url: z.string(), hasPassword: z.boolean() });

export type RenderedText = { subject: string; text: string };

/** Throws on an unknown template or a payload it cannot read: the message then fails and is retried. */
export function renderMessage(template: string, payload: unknown): RenderedText {
  if (template === "staff-invitation") return staffInvitation(staffPayload.parse(payload));
  const kind = SESSION_TEMPLATES[template];
  if (!kind) throw new Error(`unknown template ${template}`);
  const p = sessionPayload.parse(payload);
  const locale = toLocale(p.locale);
  const t = translator(locale);
  const when = parisDayAndTime(new Date(p.startsAt), locale);
  const values = { ...when, venue: p.venue, url: p.url, days: p.daysBefore ?? 2 };
  const text = t(`messaging.${kind}.text`, values);
  return {
    subject: t(`messaging.${kind}.subject`, values),
    text:
      p.address && kind !== "cancelled" ? `${text}\n${t("messaging.address", { address: p.address })}` : text,
  };
}

const SESSION_TEMPLATES: Record<string, "invitation" | "reminder" | "cancelled"> = {
  "session-invitation": "invitation",
  "session-reminder": "reminder",
  "session-cancelled": "cancelled",
};

function staffInvitation(p: z.infer<typeof staffPayload>): RenderedText {
  const t = translator("fr");
  // Someone who already has a password just signs in; the others choose one first.
  const body = p.hasPassword
    ? t("messaging.staffInvitation.signIn", {
        departmentName: p.departmentName,
        url: `${env().APP_URL}/login`,
      })
    : t("messaging.staffInvitation.choosePassword", { departmentName: p.departmentName, url: p.url });
  return {
    subject: t("messaging.staffInvitation.subject", { departmentName: p.departmentName }),
    text: body,
  };
}

/** "mardi 8 décembre" and "14 h" (or "14 h 30"); "Tuesday 8 December" and "14:00" in English. */
export function parisDayAndTime(date: Date, locale: Locale): { day: string; time: string } {
  const tag = locale === "en" ? "en-GB" : "fr-FR";
  const day = dateTimeFormat(tag, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: TIME_ZONE,
  }).format(date);
  const parts = dateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: TIME_ZONE,
  }).formatToParts(date);
  const hour = Number(parts.find((p) => p.type === "hour")?.value);
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  const time = locale === "en" ? `${hour}:${minute}` : minute === "00" ? `${hour} h` : `${hour} h ${minute}`;
  return { day, time };
}
