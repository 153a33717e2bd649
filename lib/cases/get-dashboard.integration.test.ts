import { describe, expect, it } from "vitest";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { getDashboard } from "./get-dashboard";

const DAY = 24 * 60 * 60 * 1000;

describe("getDashboard", () => {
  it("sorts the user's cases into what needs them, what waits and what finished, with counts", async () => {
    const user = await createTestUser();
    const start = new Date("2026-03-02T03:00:00Z");
    const open = await createTestCase(user.id, { nickname: "open one" }, start);
    const overdue = await createTestCase(user.id, { nickname: "overdue" }, start);
    await changeCaseStatus(user.id, overdue.id, { type: "wait", days: 1, counting: "CALENDAR" }, start);
    const flagged = await createTestCase(user.id, { nickname: "flagged" }, start);
    await changeCaseStatus(user.id, flagged.id, { type: "wait", days: 1, counting: "CALENDAR" }, start);
    await changeCaseStatus(user.id, flagged.id, { type: "flagNeedsAction" }, start);
    const now = new Date(start.getTime() + 3 * DAY);
    const waiting = await createTestCase(user.id, { nickname: "waiting" }, now);
    await changeCaseStatus(user.id, waiting.id, { type: "wait", days: 5, counting: "CALENDAR" }, now);
    const done = await createTestCase(user.id, { nickname: "done" }, now);
    await changeCaseStatus(user.id, done.id, { type: "complete", noProofConfirmed: true }, now);
    const oldDone = await createTestCase(user.id, { nickname: "long ago" }, start);
    await changeCaseStatus(user.id, oldDone.id, { type: "giveUp" }, new Date(now.getTime() - 40 * DAY));

    const dashboard = await getDashboard(user.id, now);

    expect(dashboard.needsYou.map((item) => [item.nickname, item.reason])).toEqual([
      ["flagged", "needsAction"],
      ["overdue", "reviewOverdue"],
      ["open one", "stepsToDo"],
    ]);
    expect(dashboard.needsYou.find((item) => item.id === open.id)?.stepsToDo).toBeGreaterThan(0);
    expect(dashboard.waiting.map((item) => item.id)).toEqual([waiting.id]);
    expect(dashboard.recentlyFinished.map((item) => item.id)).toEqual([done.id]);
    expect(dashboard.counts).toMatchObject({ OPEN: 1, WAITING_FOR_OPERATOR: 2, NEEDS_ACTION: 1, DONE: 1, GIVEN_UP: 1, IN_PROGRESS: 0 });
    expect(dashboard.total).toBe(6);
    expect(dashboard).toMatchObject({ needsYouTotal: 3, waitingTotal: 1 });
  });

  it("shows nothing of another user's cases", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    await createTestCase(owner.id, { nickname: "mine" });

    const dashboard = await getDashboard(other.id);

    expect(dashboard).toMatchObject({ total: 0, needsYou: [], needsYouTotal: 0, waiting: [], waitingTotal: 0, recentlyFinished: [] });
    expect(Object.values(dashboard.counts).every((count) => count === 0)).toBe(true);
  });
});

describe("getDashboard with many open cases", () => {
  it("still shows a flagged case first when more cases have steps to do than a phone's screen holds, and counts the rest", async () => {
    const user = await createTestUser();
    const start = new Date("2026-03-02T03:00:00Z");
    const flagged = await createTestCase(user.id, { nickname: "flagged" }, start);
    await changeCaseStatus(user.id, flagged.id, { type: "wait", days: 1, counting: "CALENDAR" }, start);
    await changeCaseStatus(user.id, flagged.id, { type: "flagNeedsAction" }, start);
    // Open cases leaving soon sort before it by their due date.
    for (let i = 0; i < 21; i += 1) await createTestCase(user.id, { nickname: `open ${i}`, leavingOn: "2026-03-03" }, start);

    const dashboard = await getDashboard(user.id, start);

    expect(dashboard.needsYou[0]).toMatchObject({ id: flagged.id, reason: "needsAction" });
    expect(dashboard.needsYou.filter((item) => item.reason === "stepsToDo")).toHaveLength(4);
    expect(dashboard.needsYouTotal).toBe(22);
  });

  it("shows the five waiting cases due first and counts the others, without the overdue ones that need the user", async () => {
    const user = await createTestUser();
    const start = new Date("2026-03-02T03:00:00Z");
    const overdue = await createTestCase(user.id, { nickname: "overdue" }, start);
    await changeCaseStatus(user.id, overdue.id, { type: "wait", days: 1, counting: "CALENDAR" }, start);
    const now = new Date(start.getTime() + 3 * DAY);
    for (let days = 7; days >= 1; days -= 1) {
      const item = await createTestCase(user.id, { nickname: `waits ${days}` }, now);
      await changeCaseStatus(user.id, item.id, { type: "wait", days, counting: "CALENDAR" }, now);
    }

    const dashboard = await getDashboard(user.id, now);

    expect(dashboard.waiting.map((item) => item.nickname)).toEqual(["waits 1", "waits 2", "waits 3", "waits 4", "waits 5"]);
    expect(dashboard).toMatchObject({ waitingTotal: 7, needsYouTotal: 1 });
    expect(dashboard.needsYou.map((item) => item.id)).toEqual([overdue.id]);
  });
});
