import { differenceInCalendarDays } from "date-fns";
import { TZDate, tz } from "@date-fns/tz";

// Dates are stored in UTC and shown in Paris time; "how many days" is counted in Paris days.
export const TIME_ZONE = "Europe/Paris";

export function daysBetween(from: Date, to: Date): number {
  return differenceInCalendarDays(to, from, { in: tz(TIME_ZONE) });
}

/** A calendar date (a @db.Date column) n days from `now`, at UTC midnight as Prisma stores them. */
export function dateInDays(now: Date, days: number): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** Calendar months after a @db.Date day, clamped to the month's end (31 January + 1 = 28/29 February). */
export function addMonths(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDay)));
}

/** Today's date in Paris (where the departments are), at UTC midnight like a @db.Date column. */
export function parisToday(now = new Date()): Date {
  const paris = new TZDate(now, TIME_ZONE);
  return new Date(Date.UTC(paris.getFullYear(), paris.getMonth(), paris.getDate()));
}

/** A Paris wall-clock time ("14:30") on a calendar day (UTC midnight, as day() parses it), as an instant. */
export function parisDateTime(day: Date, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const paris = new TZDate(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    hours,
    minutes,
    TIME_ZONE,
  );
  return new Date(paris.getTime());
}
