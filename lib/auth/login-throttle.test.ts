import { describe, expect, it } from "vitest";
import { accountDelayUntil, LOGIN_THROTTLE, loginThrottleKeys, minutesUntil } from "./login-throttle";

describe("login throttle rules", () => {
  it("locks out per (account, address) and per address; the account alone has its own bucket", () => {
    expect(loginThrottleKeys("a@b.co", "203.0.113.9")).toEqual({
      lockouts: [
        { key: "account-ip:a@b.co|203.0.113.9", max: LOGIN_THROTTLE.maxPerAccountAndIp },
        { key: "ip:203.0.113.9", max: LOGIN_THROTTLE.maxPerIp },
      ],
      account: "email:a@b.co",
    });
    expect(LOGIN_THROTTLE.maxPerIp).toBeGreaterThan(LOGIN_THROTTLE.maxPerAccountAndIp);
  });

  it("slows an account down step by step after its free attempts, doubling up to a cap", () => {
    const last = new Date("2026-01-01T00:00:00Z");
    const failures = (count: number) => Array.from({ length: count }, () => last);
    expect(accountDelayUntil(failures(LOGIN_THROTTLE.accountDelayAfter - 1))).toBeNull();
    const wait = (count: number) => accountDelayUntil(failures(count))!.getTime() - last.getTime();
    expect(wait(LOGIN_THROTTLE.accountDelayAfter)).toBe(1_000);
    expect(wait(LOGIN_THROTTLE.accountDelayAfter + 1)).toBe(2_000);
    expect(wait(LOGIN_THROTTLE.accountDelayAfter + 3)).toBe(8_000);
    expect(wait(LOGIN_THROTTLE.accountDelayAfter + 30)).toBe(LOGIN_THROTTLE.accountDelayMaxMs);
  });

  it("rounds the wait up to whole minutes, never zero", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(minutesUntil(new Date("2026-01-01T00:14:01Z"), now)).toBe(15);
    expect(minutesUntil(new Date("2026-01-01T00:00:01Z"), now)).toBe(1);
    expect(minutesUntil(new Date("2025-12-31T23:59:00Z"), now)).toBe(1);
  });
});
