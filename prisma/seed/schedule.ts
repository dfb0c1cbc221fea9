// When groups meet: the nth weekday of each month, at a Paris wall-clock time, never on a day off.
import { TZDate } from "@date-fns/tz";
import type { SchedulePlan } from "../demo-data/plans.ts";

const PARIS = "Europe/Paris";
/** Past meetings per group: about a year of monthly sessions. */
const PAST_SESSIONS = 11;

export type Slot = { startsAt: Date; endsAt: Date };

/** The last PAST_SESSIONS monthly meetings before now, then the next `upcoming` ones. */
export function sessionSlots(schedule: SchedulePlan, now: Date, upcoming: number): Slot[] {
  const slots: Slot[] = [];
  for (let offset = -PAST_SESSIONS - 2; offset <= upcoming + 1; offset++)
    slots.push(slotInMonth(schedule, now, offset));
  return [
    ...slots.filter((s) => s.startsAt < now).slice(-PAST_SESSIONS),
    ...slots.filter((s) => s.startsAt >= now).slice(0, upcoming),
  ];
}

/** Fixed-date public holidays (month-day). */
const HOLIDAYS = new Set(["1-1", "5-1", "5-8", "7-14", "8-15", "11-1", "11-11", "12-25"]);

/** No meeting on a public holiday or during the Christmas break. month is 1–12. */
function isDayOff(month: number, day: number): boolean {
  return HOLIDAYS.has(`${month}-${day}`) || (month === 12 && day >= 22) || (month === 1 && day <= 2);
}

/**
 * The schedule's nth weekday of the month `offset` months from now, at its Paris wall-clock time;
 * moved by a week (within the month) when that day is off.
 */
function slotInMonth(schedule: SchedulePlan, now: Date, offset: number): Slot {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const month = first.getUTCMonth();
  let day = 1 + ((schedule.weekday - first.getUTCDay() + 7) % 7) + (schedule.nth - 1) * 7;
  while (isDayOff(month + 1, day)) day += schedule.nth > 2 ? -7 : 7;
  const paris = new TZDate(first.getUTCFullYear(), month, day, schedule.hour, schedule.minute, PARIS);
  const startsAt = new Date(paris.getTime());
  return { startsAt, endsAt: new Date(startsAt.getTime() + schedule.durationMinutes * 60_000) };
}
