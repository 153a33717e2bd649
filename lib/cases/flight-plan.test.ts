import { describe, expect, it } from "vitest";
import { flightPlan, type FlightPlanInput } from "./flight-plan";

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const open = (operator: FlightPlanInput["operator"], leavingOn: string | null): FlightPlanInput => ({
  operator,
  status: "IN_PROGRESS",
  leavingOn: leavingOn ? day(leavingOn) : null,
  answerDueOn: null,
});

// Wednesday 2 December 2026.
const TODAY = "2026-12-02";

describe("flightPlan", () => {
  it("has nothing to say without a leaving date or once the case is closed", () => {
    expect(flightPlan(open("COOTEL", null), TODAY)).toEqual({ fits: true });
    expect(flightPlan({ ...open("COOTEL", "2026-12-03"), status: "DONE" }, TODAY)).toEqual({ fits: true });
    expect(flightPlan({ ...open("COOTEL", "2026-12-03"), status: "GIVEN_UP" }, TODAY)).toEqual({ fits: true });
  });

  it("fits when the operator's usual review ends before the leaving day", () => {
    // Metfone: 3 calendar days from today ends Saturday 5th.
    expect(flightPlan(open("METFONE", "2026-12-06"), TODAY)).toEqual({ fits: true });
  });

  it("warns when the review ends on the leaving day or after, and names the route that works from abroad", () => {
    expect(flightPlan(open("METFONE", "2026-12-05"), TODAY)).toEqual({
      fits: false,
      finishBy: "2026-12-05",
      leaving: "later",
      basis: "reviewFromToday",
      route: "online",
    });
    expect(flightPlan(open("COOTEL", "2026-12-08"), TODAY)).toMatchObject({ fits: false, finishBy: "2026-12-09", route: "store" });
    expect(flightPlan(open("SMART", "2026-12-03"), TODAY)).toMatchObject({ fits: false, finishBy: "2026-12-03", route: "phone" });
    expect(flightPlan(open("OTHER", "2026-12-03"), TODAY)).toMatchObject({ fits: false, route: "ask" });
  });

  it("counts working days where the operator does: an eSIM review skips the weekend", () => {
    // 7 working days from Wednesday 2nd: Friday 11th.
    expect(flightPlan(open("ESIM", "2026-12-12"), TODAY)).toEqual({ fits: true });
    expect(flightPlan(open("ESIM", "2026-12-11"), TODAY)).toMatchObject({ fits: false, finishBy: "2026-12-11" });
    // A configured extra non-working day pushes it to Monday.
    expect(flightPlan(open("ESIM", "2026-12-12"), TODAY, new Set(["2026-12-10"]))).toMatchObject({ fits: false, finishBy: "2026-12-14" });
  });

  it("uses the answer's due day of a waiting case, not a new review", () => {
    const waiting = { ...open("COOTEL", "2026-12-04"), status: "WAITING_FOR_OPERATOR" as const };
    expect(flightPlan({ ...waiting, answerDueOn: "2026-12-03" }, TODAY)).toEqual({ fits: true });
    expect(flightPlan({ ...waiting, answerDueOn: "2026-12-04" }, TODAY)).toMatchObject({ fits: false, basis: "answerDue", finishBy: "2026-12-04" });
  });

  it("says when the leaving day is today or already past", () => {
    expect(flightPlan(open("SMART", TODAY), TODAY)).toMatchObject({ fits: false, leaving: "today" });
    expect(flightPlan(open("SMART", "2026-11-30"), TODAY)).toMatchObject({ fits: false, leaving: "past" });
  });
});
