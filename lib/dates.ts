import { differenceInCalendarDays } from "date-fns";
import { tz } from "@date-fns/tz";

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
