import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/dates";

// Calendar files (RFC 5545) for a session or a group's feed, in Paris time with the venue.

export type CalendarEvent = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  description: string | null;
  cancelled: boolean;
};

// Europe/Paris: CET in winter, CEST from the last Sunday of March to the last Sunday of October.
const PARIS_TIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Paris",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const pad = (n: number) => String(n).padStart(2, "0");

function parisStamp(date: Date): string {
  const d = new TZDate(date.getTime(), TIME_ZONE);
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}T${pad(d.getHours())}${pad(d.getMinutes())}00`;
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const out: string[] = [];
  let current = "";
  for (const char of line) {
    if (bytes.encode(current + char).length > (out.length ? 74 : 75)) {
      out.push(current);
      current = "";
    }
    current += char;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function calendar(name: string, events: CalendarEvent[], now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Participation//Rencontres//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    "X-WR-TIMEZONE:Europe/Paris",
    ...PARIS_TIMEZONE,
    ...events.flatMap((e) => [
      "BEGIN:VEVENT",
      `UID:${e.id}@participation`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;TZID=Europe/Paris:${parisStamp(e.startsAt)}`,
      `DTEND;TZID=Europe/Paris:${parisStamp(e.endsAt)}`,
      `SUMMARY:${escapeText(e.title)}`,
      `LOCATION:${escapeText(e.location)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      `STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

export function calendarResponse(filename: string, body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** A session as a calendar event: group and theme, the venue and its address, the access details. */
export function sessionEvent(s: {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  address: string | null;
  accessInfo: string | null;
  status: string;
  group: { name: string };
}): CalendarEvent {
  return {
    id: s.id,
    title: `${s.group.name} – ${s.title}`,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    location: [s.venue, s.address].filter(Boolean).join(", "),
    description: s.accessInfo,
    cancelled: s.status === "CANCELLED",
  };
}
