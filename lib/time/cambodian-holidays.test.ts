import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATED_HOLIDAYS, FIXED_HOLIDAYS, isCalendarDate, isCambodianHoliday, parseExtraNonWorkingDays } from "./cambodian-holidays";

describe("fixed holidays", () => {
  it("fall on the same day every year", () => {
    for (const year of [2025, 2026, 2031]) {
      expect(isCambodianHoliday(`${year}-01-01`)).toBe(true);
      expect(isCambodianHoliday(`${year}-01-07`)).toBe(true);
      expect(isCambodianHoliday(`${year}-11-09`)).toBe(true);
    }
  });

  it("are all real month-days with a name", () => {
    for (const [monthDay, name] of Object.entries(FIXED_HOLIDAYS)) {
      expect(isCalendarDate(`2024-${monthDay}`)).toBe(true);
      expect(name).not.toBe("");
    }
  });

  it("name Victory over Genocide Day on 7 January", () => {
    expect(FIXED_HOLIDAYS["01-07"]).toBe("Victory over Genocide Day");
  });

  it("include the King Father's commemoration day and Peace Day", () => {
    expect(isCambodianHoliday("2025-10-15")).toBe(true);
    expect(isCambodianHoliday("2025-12-29")).toBe(true);
  });
});

describe("dated holidays", () => {
  it("cover Khmer New Year 2025 and 2026, 14 to 16 April", () => {
    for (const year of [2025, 2026]) {
      expect(isCambodianHoliday(`${year}-04-13`)).toBe(false);
      expect(isCambodianHoliday(`${year}-04-14`)).toBe(true);
      expect(isCambodianHoliday(`${year}-04-15`)).toBe(true);
      expect(isCambodianHoliday(`${year}-04-16`)).toBe(true);
      expect(isCambodianHoliday(`${year}-04-17`)).toBe(false);
    }
  });

  it("cover the 2025 lunar holidays", () => {
    for (const date of ["2025-05-11", "2025-05-15", "2025-09-21", "2025-09-22", "2025-09-23", "2025-11-04", "2025-11-05", "2025-11-06"]) {
      expect(isCambodianHoliday(date), date).toBe(true);
    }
    expect(isCambodianHoliday("2025-09-20")).toBe(false);
    expect(isCambodianHoliday("2025-11-07")).toBe(false);
  });

  it("are real dates inside their own year", () => {
    for (const [year, holidays] of Object.entries(DATED_HOLIDAYS)) {
      for (const holiday of holidays) {
        expect(isCalendarDate(holiday.date), holiday.date).toBe(true);
        expect(holiday.date.startsWith(`${year}-`), holiday.date).toBe(true);
      }
    }
  });
});

describe("extra non-working days", () => {
  it("count as holidays", () => {
    expect(isCambodianHoliday("2025-03-10")).toBe(false);
    expect(isCambodianHoliday("2025-03-10", new Set(["2025-03-10"]))).toBe(true);
  });

  it("parse from a comma or space separated list", () => {
    expect(parseExtraNonWorkingDays("2025-03-10, 2025-03-11 2025-03-12,,")).toEqual(new Set(["2025-03-10", "2025-03-11", "2025-03-12"]));
  });

  it("may be absent or empty", () => {
    expect(parseExtraNonWorkingDays(undefined).size).toBe(0);
    expect(parseExtraNonWorkingDays("  ").size).toBe(0);
  });

  it("name the malformed or impossible entry", () => {
    expect(() => parseExtraNonWorkingDays("2025-03-10, 10/03/2025")).toThrow(/"10\/03\/2025"/);
    expect(() => parseExtraNonWorkingDays("2025-02-29")).toThrow(/"2025-02-29"/);
    expect(() => parseExtraNonWorkingDays("2025-13-01")).toThrow(/"2025-13-01"/);
  });
});

describe("isCalendarDate", () => {
  it("accepts every real day", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        expect(isCalendarDate(date.toISOString().slice(0, 10))).toBe(true);
      }),
    );
  });

  it("rejects other shapes and impossible days", () => {
    for (const value of ["2025-4-14", "2025-04-14T00:00:00Z", "", "2024-02-30", "2025-00-10"]) {
      expect(isCalendarDate(value), value).toBe(false);
    }
    expect(isCalendarDate("2024-02-29")).toBe(true);
  });
});
