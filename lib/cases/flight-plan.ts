import type { CaseStatus } from "./case-status";
import { PROCEDURES, type OperatorKey } from "./procedure-templates";
import { addReviewPeriod } from "@/lib/time/working-days";

/**
 * How a cancellation with this operator is done when the traveller is no
 * longer in Cambodia: Smart's hotline answers from abroad, Metfone's form and
 * eSIM providers are online, CooTel and Seatel need a store visit.
 */
export type RouteFromAbroad = "phone" | "online" | "store" | "ask";

const ROUTE_FROM_ABROAD: Record<OperatorKey, RouteFromAbroad> = {
  SMART: "phone",
  METFONE: "online",
  ESIM: "online",
  COOTEL: "store",
  SEATEL: "store",
  OTHER: "ask",
};

export type FlightPlan =
  | { fits: true }
  | {
      fits: false;
      /** The last day the operator's answer can be expected (YYYY-MM-DD). */
      finishBy: string;
      /** The leaving day is today or already past. */
      leaving: "later" | "today" | "past";
      /** What the case is waiting for: the answer already asked for, or a review not yet started. */
      basis: "answerDue" | "reviewFromToday";
      route: RouteFromAbroad;
    };

export type FlightPlanInput = {
  operator: OperatorKey;
  status: CaseStatus;
  leavingOn: Date | null;
  /** The answer's due day (YYYY-MM-DD) in the user's zone, while waiting. */
  answerDueOn: string | null;
};

/**
 * Whether an open case can still finish before the user leaves Cambodia. An
 * unfinished case counts its remaining steps as done today and the operator's
 * usual review from today; a waiting case has its answer's due day. Finishing
 * on the leaving day itself is too late: the flight may go first.
 */
export function flightPlan(input: FlightPlanInput, today: string, extraNonWorkingDays?: ReadonlySet<string>): FlightPlan {
  if (!input.leavingOn || input.status === "DONE" || input.status === "GIVEN_UP") return { fits: true };
  const leavingOn = input.leavingOn.toISOString().slice(0, 10);
  const waiting = input.status === "WAITING_FOR_OPERATOR" && input.answerDueOn !== null;
  const review = PROCEDURES[input.operator].review;
  const finishBy = waiting ? input.answerDueOn! : addReviewPeriod(today, review.days, review.counting, extraNonWorkingDays);
  if (finishBy < leavingOn) return { fits: true };
  return {
    fits: false,
    finishBy,
    leaving: leavingOn > today ? "later" : leavingOn === today ? "today" : "past",
    basis: waiting ? "answerDue" : "reviewFromToday",
    route: ROUTE_FROM_ABROAD[input.operator],
  };
}
