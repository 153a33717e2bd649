import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ReviewCounting as StoredCounting } from "@/lib/db/generated/enums";
import { parseExtraNonWorkingDays } from "./cambodian-holidays";
import { addDays, addReviewPeriod, isWorkingDay, REVIEW_COUNTINGS, type ReviewCounting } from "./working-days";

describe("addDays", () => {
  it("crosses month, leap day and year ends", () => {
    expect(addDays("2025-01-31", 1)).toBe("2025-02-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2025-12-30", 3)).toBe("2026-01-02");
    expect(addDays("2026-01-02", -3)).toBe("2025-12-30");
  });

  it("refuses malformed dates and fractional days", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2025-03-01", 0.5)).toThrow(RangeError);
  });
});

describe("isWorkingDay", () => {
  it("excludes Saturdays and Sundays", () => {
    expect(isWorkingDay("2025-03-14")).toBe(true); // Friday
    expect(isWorkingDay("2025-03-15")).toBe(false);
    expect(isWorkingDay("2025-03-16")).toBe(false);
    expect(isWorkingDay("2025-03-17")).toBe(true); // Monday
  });

  it("excludes public holidays on weekdays", () => {
    expect(isWorkingDay("2025-04-14")).toBe(false); // Khmer New Year, Monday
    expect(isWorkingDay("2026-01-07")).toBe(false); // Victory over Genocide Day, Wednesday
  });

  it("excludes configured extra dates", () => {
    expect(isWorkingDay("2025-03-18", new Set(["2025-03-18"]))).toBe(false);
  });
});

describe("addReviewPeriod, working days", () => {
  it("skips the weekend", () => {
    // Thursday 6 March 2025 + 2: Friday, then Monday.
    expect(addReviewPeriod("2025-03-06", 2, "WORKING")).toBe("2025-03-10");
  });

  it("never counts the start day, even when it is a working day", () => {
    expect(addReviewPeriod("2025-03-10", 1, "WORKING")).toBe("2025-03-11");
  });

  it("starting on a weekend counts from Monday", () => {
    expect(addReviewPeriod("2025-03-15", 1, "WORKING")).toBe("2025-03-17");
  });

  it("skips the weekend and Khmer New Year 2026", () => {
    // Friday 10 April: Mon 13, (14-16 holiday), Fri 17, Mon 20, Tue 21, Wed 22.
    expect(addReviewPeriod("2026-04-10", 5, "WORKING")).toBe("2026-04-22");
  });

  it("skips Khmer New Year 2025", () => {
    // Friday 11 April 2025: Mon 14 to Wed 16 are holidays, so Thu 17 is the first working day.
    expect(addReviewPeriod("2025-04-11", 1, "WORKING")).toBe("2025-04-17");
    expect(addReviewPeriod("2025-04-11", 3, "WORKING")).toBe("2025-04-21");
  });

  it("crosses a month end", () => {
    // Wednesday 28 May 2025: Thu 29, Fri 30, Mon 2 June.
    expect(addReviewPeriod("2025-05-28", 3, "WORKING")).toBe("2025-06-02");
  });

  it("crosses the year end, New Year's Day, the weekend and Victory over Genocide Day", () => {
    // Monday 29 December 2025: Tue 30, Wed 31, (Thu 1 holiday), Fri 2, (weekend), Mon 5, Tue 6, (Wed 7 holiday), Thu 8.
    expect(addReviewPeriod("2025-12-29", 3, "WORKING")).toBe("2026-01-02");
    expect(addReviewPeriod("2025-12-29", 5, "WORKING")).toBe("2026-01-06");
    expect(addReviewPeriod("2025-12-29", 6, "WORKING")).toBe("2026-01-08");
  });

  it("skips configured extra dates", () => {
    const extra = parseExtraNonWorkingDays("2025-03-11,2025-03-12");
    expect(addReviewPeriod("2025-03-10", 1, "WORKING", extra)).toBe("2025-03-13");
    expect(addReviewPeriod("2025-03-10", 1, "WORKING")).toBe("2025-03-11");
  });
});

describe("addReviewPeriod, calendar days", () => {
  it("ignores weekends and holidays", () => {
    expect(addReviewPeriod("2025-04-13", 3, "CALENDAR")).toBe("2025-04-16");
    expect(addReviewPeriod("2025-12-31", 7, "CALENDAR", new Set(["2026-01-02"]))).toBe("2026-01-07");
  });
});

describe("addReviewPeriod, invalid lengths", () => {
  it.each([0, 8, 1.5, -1, Number.NaN])("refuses %s days", (days) => {
    expect(() => addReviewPeriod("2025-03-10", days, "WORKING")).toThrow(RangeError);
    expect(() => addReviewPeriod("2025-03-10", days, "CALENDAR")).toThrow(RangeError);
  });
});

describe("addReviewPeriod properties", () => {
  const firstDay = Date.parse("2025-01-01T00:00:00Z");
  const lastDay = Date.parse("2027-12-31T00:00:00Z");
  const dayCount = (lastDay - firstDay) / 86_400_000;
  const start = fc.integer({ min: 0, max: dayCount }).map((offset) => addDays("2025-01-01", offset));
  const days = fc.integer({ min: 1, max: 7 });

  function workingDaysBetween(after: string, through: string): number {
    let count = 0;
    for (let date = addDays(after, 1); date <= through; date = addDays(date, 1)) {
      if (isWorkingDay(date)) count += 1;
    }
    return count;
  }

  it("ends on a working day after the start, with exactly `days` working days in between", () => {
    fc.assert(
      fc.property(start, days, (from, length) => {
        const end = addReviewPeriod(from, length, "WORKING");
        expect(isWorkingDay(end)).toBe(true);
        expect(end > from).toBe(true);
        expect(workingDaysBetween(from, end)).toBe(length);
      }),
      { numRuns: 500 },
    );
  });

  it("in calendar days equals addDays", () => {
    fc.assert(
      fc.property(start, days, (from, length) => {
        expect(addReviewPeriod(from, length, "CALENDAR")).toBe(addDays(from, length));
      }),
    );
  });
});

describe("the 2026 lunar holidays", () => {
  it("count the Water Festival (23-25 November 2026) and Pchum Ben (10-12 October) as days off", () => {
    for (const date of ["2026-11-23", "2026-11-24", "2026-11-25", "2026-10-12", "2026-05-05"]) expect(isWorkingDay(date)).toBe(false);
    expect(isWorkingDay("2026-11-26")).toBe(true);
  });

  it("push a 2-working-day review started on Friday 20 November 2026 past the weekend and the festival", () => {
    expect(addReviewPeriod("2026-11-20", 2, "WORKING")).toBe("2026-11-27");
  });
});

describe("ReviewCounting", () => {
  it("is the database's enum, value for value", () => {
    expectTypeOf<ReviewCounting>().toEqualTypeOf<StoredCounting>();
    expect([...REVIEW_COUNTINGS].sort()).toEqual(Object.values(StoredCounting).sort());
  });
});
