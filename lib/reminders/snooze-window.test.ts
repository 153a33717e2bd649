import { describe, expect, it } from "vitest";
import { snoozeWindow } from "./snooze-window";

describe("snoozeWindow", () => {
  it("runs from tomorrow to 30 days on, in the user's own calendar", () => {
    // 23:30 UTC is already the next morning in Phnom Penh.
    const now = new Date("2026-05-04T23:30:00Z");
    expect(snoozeWindow("Asia/Phnom_Penh", now)).toEqual({ min: "2026-05-06", max: "2026-06-04" });
    expect(snoozeWindow("Europe/London", now)).toEqual({ min: "2026-05-06", max: "2026-06-04" });
    expect(snoozeWindow("America/New_York", now)).toEqual({ min: "2026-05-05", max: "2026-06-03" });
  });
});
