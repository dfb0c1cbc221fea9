import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/dates";

// Claims are filed at an instant; people think in Paris days and calendar years.

/** The instant a calendar day (a @db.Date-like UTC midnight) begins in Paris. */
export function parisStartOf(day: Date): Date {
  return new Date(new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), TIME_ZONE).getTime());
}

/** [start, end) of a calendar year in Paris. */
export function parisYear(year: number): { gte: Date; lt: Date } {
  return {
    gte: new Date(new TZDate(year, 0, 1, TIME_ZONE).getTime()),
    lt: new Date(new TZDate(year + 1, 0, 1, TIME_ZONE).getTime()),
  };
}

/** The year it is in Paris. */
export function parisYearNow(now = new Date()): number {
  return new TZDate(now, TIME_ZONE).getFullYear();
}
