import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import { planReminders, type ReminderPlanInput } from "./plan-reminders";

const DAY = 86_400_000;
const base: ReminderPlanInput = {
  status: "WAITING_FOR_OPERATOR",
  expectedBy: new Date("2026-04-17T11:00:00Z"), // Friday 17 April, 18:00 in Phnom Penh
  muted: false,
  enabled: true,
  snoozedUntil: null,
  timeZone: "Asia/Phnom_Penh",
  followUpEveryDays: 2,
  maxFollowUps: 5,
  done: new Set(),
  now: new Date("2026-04-10T00:00:00Z"),
};

describe("planReminders", () => {
  it("plans the check at 09:00 on the expected-by day, follow-ups every 2 days, then needs-action", () => {
    expect(planReminders(base).map((r) => [r.kind, r.sequence, r.dueAt.toISOString()])).toEqual([
      ["CHECK", 0, "2026-04-17T02:00:00.000Z"],
      ["FOLLOW_UP", 1, "2026-04-19T02:00:00.000Z"],
      ["FOLLOW_UP", 2, "2026-04-21T02:00:00.000Z"],
      ["FOLLOW_UP", 3, "2026-04-23T02:00:00.000Z"],
      ["FOLLOW_UP", 4, "2026-04-25T02:00:00.000Z"],
      ["FOLLOW_UP", 5, "2026-04-27T02:00:00.000Z"],
      ["NEEDS_ACTION", 99, "2026-04-29T02:00:00.000Z"],
    ]);
  });

  it("uses the user's own zone: 09:00 in Shanghai is 01:00 UTC", () => {
    expect(planReminders({ ...base, timeZone: "Asia/Shanghai" })[0]!.dueAt.toISOString()).toBe("2026-04-17T01:00:00.000Z");
  });

  it("sends a check that is already late at once, and keeps the rest 2 days apart", () => {
    const now = new Date("2026-04-17T05:00:00Z");
    const plan = planReminders({ ...base, now });
    expect(plan[0]!.dueAt).toEqual(now);
    expect(plan[1]!.dueAt.toISOString()).toBe("2026-04-19T05:00:00.000Z");
  });

  it("leaves out what was already sent and moves the rest after a snooze", () => {
    const plan = planReminders({ ...base, done: new Set([0, 1]), snoozedUntil: new Date("2026-04-22T03:00:00Z") });
    expect(plan.map((r) => [r.sequence, r.dueAt.toISOString()])).toEqual([
      [2, "2026-04-22T03:00:00.000Z"],
      [3, "2026-04-24T03:00:00.000Z"],
      [4, "2026-04-26T03:00:00.000Z"],
      [5, "2026-04-28T03:00:00.000Z"],
      [99, "2026-04-30T03:00:00.000Z"],
    ]);
  });

  it("follows the case's own follow-up interval and count", () => {
    const plan = planReminders({ ...base, followUpEveryDays: 3, maxFollowUps: 1 });
    expect(plan.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ["CHECK", "2026-04-17T02:00:00.000Z"],
      ["FOLLOW_UP", "2026-04-20T02:00:00.000Z"],
      ["NEEDS_ACTION", "2026-04-23T02:00:00.000Z"],
    ]);
  });

  it("plans nothing when muted, turned off, or not waiting", () => {
    expect(planReminders({ ...base, muted: true })).toEqual([]);
    expect(planReminders({ ...base, enabled: false })).toEqual([]);
    expect(planReminders({ ...base, status: "DONE" })).toEqual([]);
    expect(planReminders({ ...base, expectedBy: null })).toEqual([]);
  });

  it("never plans for a case that is not waiting, nor before now, and keeps order and spacing", () => {
    const time = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(
        fc.constantFrom(...CASE_STATUSES),
        time,
        time,
        fc.option(time, { nil: null }),
        fc.boolean(),
        fc.boolean(),
        fc.uniqueArray(fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 99), { maxLength: 12 }),
        fc.constantFrom("Asia/Phnom_Penh", "Asia/Shanghai", "Europe/Paris", "America/New_York"),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 10 }),
        (status, expectedBy, now, snoozedUntil, muted, enabled, done, timeZone, followUpEveryDays, maxFollowUps) => {
          const plan = planReminders({
            status,
            expectedBy,
            now,
            snoozedUntil,
            muted,
            enabled,
            done: new Set(done),
            timeZone,
            followUpEveryDays,
            maxFollowUps,
          });
          if (status !== "WAITING_FOR_OPERATOR" || muted || !enabled) {
            expect(plan).toEqual([]);
            return;
          }
          const sequences = [...Array.from({ length: maxFollowUps + 1 }, (_, i) => i), 99];
          expect(plan.map((r) => r.sequence)).toEqual(sequences.filter((sequence) => !(done as number[]).includes(sequence)));
          for (const [index, reminder] of plan.entries()) {
            expect(done).not.toContain(reminder.sequence);
            expect(reminder.dueAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
            if (snoozedUntil) expect(reminder.dueAt.getTime()).toBeGreaterThanOrEqual(snoozedUntil.getTime());
            if (index > 0) {
              const gap = reminder.dueAt.getTime() - plan[index - 1]!.dueAt.getTime();
              expect(gap).toBeGreaterThanOrEqual(followUpEveryDays * DAY);
              expect(reminder.sequence).toBeGreaterThan(plan[index - 1]!.sequence);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
