import { isCalendarDate, isCambodianHoliday } from "./cambodian-holidays";

/**
 * How a review period is counted: every day, or only Cambodian working days.
 * The same values as the database's ReviewCounting enum (a test keeps them
 * equal), so a stored counting is used as it is, never mapped.
 */
export const REVIEW_COUNTINGS = ["CALENDAR", "WORKING"] as const;
export type ReviewCounting = (typeof REVIEW_COUNTINGS)[number];

const DAY_MS = 86_400_000;

// Dates are plain calendar days; UTC midnight keeps daylight saving and the server's zone out of the arithmetic.
function toTime(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`"${date}" is not a date written as YYYY-MM-DD`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Cannot add ${days} days: not a whole number`);
  return fromTime(toTime(date) + days * DAY_MS);
}

function isWeekend(date: string): boolean {
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Monday to Friday and not a Cambodian public holiday or a configured extra non-working date. */
export function isWorkingDay(date: string, extra?: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !isCambodianHoliday(date, extra);
}

/**
 * The last day of a review of `days` days that starts on `start`. The start day itself never
 * counts, since a request made during the day has not had a full day of review yet.
 */
export function addReviewPeriod(start: string, days: number, counting: ReviewCounting, extra?: ReadonlySet<string>): string {
  if (!Number.isInteger(days) || days < 1 || days > 7) {
    throw new RangeError(`A review lasts 1 to 7 whole days, not ${days}`);
  }
  if (counting === "CALENDAR") return addDays(start, days);
  let date = start;
  let counted = 0;
  while (counted < days) {
    date = addDays(date, 1);
    if (isWorkingDay(date, extra)) counted += 1;
  }
  return date;
}
