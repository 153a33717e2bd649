import { describe, expect, it } from "vitest";
import { ALLOWANCES, takeAllowance } from "./take-allowance";

describe("takeAllowance", () => {
  it("lets an address sign up a generous number of times an hour, then says how long to wait", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const { max, windowMs } = ALLOWANCES["sign-up"];
    const takes: (number | null)[] = [];
    for (let i = 0; i < max + 2; i += 1) takes.push(await takeAllowance("sign-up", "203.0.113.9", now));
    expect(takes.filter((wait) => wait === null)).toHaveLength(max);
    expect(takes.slice(max)).toEqual([60, 60]);
    expect(await takeAllowance("sign-up", "203.0.113.9", new Date(now.getTime() + windowMs + 1))).toBeNull();
  });

  it("keeps addresses and forms apart", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < ALLOWANCES["forgot-password"].max; i += 1) await takeAllowance("forgot-password", "198.51.100.1", now);
    expect(await takeAllowance("forgot-password", "198.51.100.1", now)).toBe(60);
    expect(await takeAllowance("forgot-password", "198.51.100.2", now)).toBeNull();
    expect(await takeAllowance("sign-up", "198.51.100.1", now)).toBeNull();
  });
});
