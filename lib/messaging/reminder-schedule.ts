import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/dates";

// When reminders are due. A reminder "J-d" goes at 9:00 (Paris) on the day d days before the
// session (the same day: at the latest two hours before it starts). No pure time arithmetic: a
// session at 14:00 gets its J-1 reminder the day before in the morning, whatever the clock change.

const HOUR = 3_600_000;
export const REMINDER_HOUR = 9;

export function reminderTime(startsAt: Date, daysBefore: number): Date {
  const paris = new TZDate(startsAt.getTime(), TIME_ZONE);
  const at = new TZDate(
    paris.getFullYear(),
    paris.getMonth(),
    paris.getDate() - daysBefore,
    REMINDER_HOUR,
    0,
    TIME_ZONE,
  );
  return at.getTime() < startsAt.getTime() ? new Date(at.getTime()) : new Date(startsAt.getTime() - 2 * HOUR);
}

/** A session's own schedule wins when it has one; otherwise the department's. */
export function effectiveSchedule(sessionDays: number[], departmentDays: number[]): number[] {
  return sessionDays.length > 0 ? sessionDays : departmentDays;
}

/**
 * The reminder to plan at `now` for one invitation, as its number of days before, or null. Only the
 * most recent reminder time already reached counts (a worker that was stopped for a week sends one
 * reminder, not a burst), and only one reached after the person was invited (someone invited two
 * days before gets no "one week before" reminder). Nothing once the session has started.
 */
export function dueReminder(input: {
  startsAt: Date;
  invitedAt: Date;
  schedule: number[];
  now: Date;
}): number | null {
  const { startsAt, invitedAt, schedule, now } = input;
  if (now >= startsAt) return null;
  const reached = schedule.filter((days) => {
    const at = reminderTime(startsAt, days);
    return at <= now && at > invitedAt;
  });
  return reached.length > 0 ? Math.min(...reached) : null;
}
