import { describe, expect, it } from "vitest";
import { isValidTimeZone, zonedDateString, zonedWallTimeToUtc } from "./zoned-time";

describe("zoned time", () => {
  it("converts a Phnom Penh wall time (UTC+7, no daylight saving) to UTC", () => {
    expect(zonedWallTimeToUtc("2026-04-14", "09:00", "Asia/Phnom_Penh").toISOString()).toBe("2026-04-14T02:00:00.000Z");
    expect(zonedWallTimeToUtc("2027-01-01", "03:30", "Asia/Phnom_Penh").toISOString()).toBe("2026-12-31T20:30:00.000Z");
  });

  it("handles zones with daylight saving on both sides of the change", () => {
    expect(zonedWallTimeToUtc("2026-03-28", "12:00", "Europe/Paris").toISOString()).toBe("2026-03-28T11:00:00.000Z");
    expect(zonedWallTimeToUtc("2026-03-30", "12:00", "Europe/Paris").toISOString()).toBe("2026-03-30T10:00:00.000Z");
  });

  it("reads the calendar date in the user's zone", () => {
    const lateUtc = new Date("2026-05-01T20:00:00Z");
    expect(zonedDateString(lateUtc, "Asia/Phnom_Penh")).toBe("2026-05-02");
    expect(zonedDateString(lateUtc, "UTC")).toBe("2026-05-01");
  });

  it("knows real zones from made-up ones", () => {
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
