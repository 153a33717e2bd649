import { describe, expect, it } from "vitest";
import { LOGIN_THROTTLE, loginThrottleKeys, minutesUntil } from "./login-throttle";

describe("login throttle rules", () => {
  it("counts per account and per IP, with more room per IP", () => {
    expect(loginThrottleKeys("a@b.co", "203.0.113.9")).toEqual([
      { key: "email:a@b.co", max: LOGIN_THROTTLE.maxPerAccount },
      { key: "ip:203.0.113.9", max: LOGIN_THROTTLE.maxPerIp },
    ]);
    expect(LOGIN_THROTTLE.maxPerIp).toBeGreaterThan(LOGIN_THROTTLE.maxPerAccount);
  });

  it("rounds the wait up to whole minutes, never zero", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(minutesUntil(new Date("2026-01-01T00:14:01Z"), now)).toBe(15);
    expect(minutesUntil(new Date("2026-01-01T00:00:01Z"), now)).toBe(1);
    expect(minutesUntil(new Date("2025-12-31T23:59:00Z"), now)).toBe(1);
  });
});
