import { zonedDateString } from "@/lib/time/zoned-time";
import { PROCEDURES, type OperatorKey } from "./procedure-templates";

/**
 * The date (YYYY-MM-DD, on the user's calendar) the wait form suggests: today
 * plus the operator's usual review period, in calendar days.
 */
export function defaultExpectedOn(operator: OperatorKey, timeZone: string, now = new Date()): string {
  return zonedDateString(new Date(now.getTime() + PROCEDURES[operator].review.days * 86_400_000), timeZone);
}
