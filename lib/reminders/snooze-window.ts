import { zonedDateString } from "@/lib/time/zoned-time";

/** A snooze ends within this many days: longer, and the operator's review is long over with nobody chasing it. */
export const MAX_SNOOZE_DAYS = 30;

const DAY_MS = 86_400_000;

/** The first and last day a snooze may end on, as dates in the user's own calendar (for the date picker). */
export function snoozeWindow(timeZone: string, now = new Date()): { min: string; max: string } {
  return {
    min: zonedDateString(new Date(now.getTime() + DAY_MS), timeZone),
    max: zonedDateString(new Date(now.getTime() + MAX_SNOOZE_DAYS * DAY_MS), timeZone),
  };
}
