import "server-only";
import { extraNonWorkingDays } from "@/lib/time/extra-non-working-days";
import { addReviewPeriod, type ReviewCounting } from "@/lib/time/working-days";
import { zonedDateString, zonedWallTimeToUtc } from "@/lib/time/zoned-time";

/** The operator's answer is expected by the end of the last day of the review, at this local time. */
export const EXPECTED_BY_TIME = "18:00";

/** When an operator's review that began at `since` is due, in the user's zone. */
export function reviewDeadline(since: Date, days: number, counting: ReviewCounting, zone: string): Date {
  const lastDay = addReviewPeriod(zonedDateString(since, zone), days, counting, extraNonWorkingDays());
  return zonedWallTimeToUtc(lastDay, EXPECTED_BY_TIME, zone);
}
