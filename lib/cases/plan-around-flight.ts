import "server-only";
import { extraNonWorkingDays } from "@/lib/time/extra-non-working-days";
import { zonedDateString } from "@/lib/time/zoned-time";
import type { CaseStatus } from "./case-status";
import { flightPlan, type FlightPlan } from "./flight-plan";
import type { OperatorKey } from "./procedure-templates";

type PlannedCase = { operator: OperatorKey; status: CaseStatus; leavingOn: Date | null; expectedBy: Date | null };

/** flightPlan for a case as stored, with today and the answer's due day in the user's zone. */
export function planAroundFlight(item: PlannedCase, timeZone: string, now = new Date()): FlightPlan {
  if (!item.leavingOn) return { fits: true };
  const answerDueOn = item.expectedBy ? zonedDateString(item.expectedBy, timeZone) : null;
  return flightPlan({ ...item, answerDueOn }, zonedDateString(now, timeZone), extraNonWorkingDays());
}

/** A plan's YYYY-MM-DD day as a Date to format with a "calendar…" format (UTC midnight, like leavingOn). */
export const calendarDay = (date: string) => new Date(`${date}T00:00:00Z`);
