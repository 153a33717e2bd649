import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { caseSnapshot as snapshot, createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import { changeCaseStatus } from "./change-case-status";

// Friday 4 Dec 2026, 10:00 in Phnom Penh.
const START = new Date("2026-12-04T03:00:00Z").getTime();

function clock() {
  let now = START;
  return () => new Date((now += 60_000));
}

describe("a status button sent twice", () => {
  it("'wait for the operator' again with the same period writes nothing and answers the same", async () => {
    const tick = clock();
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "METFONE" }, tick());
    expect(await changeCaseStatus(user.id, id, { type: "wait", days: 3, counting: "CALENDAR" }, tick())).toBe("WAITING_FOR_OPERATOR");
    const first = await snapshot(id);
    expect(first.reminders.length).toBeGreaterThan(0);

    expect(await changeCaseStatus(user.id, id, { type: "wait", days: 3, counting: "CALENDAR" }, tick())).toBe("WAITING_FOR_OPERATOR");
    expect(await snapshot(id)).toEqual(first);
  });

  it("two identical waits at once write one", async () => {
    const tick = clock();
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "SMART" }, tick());
    const wait = { type: "wait", days: 2, counting: "WORKING" } as const;
    const now = tick();
    expect(await Promise.all([changeCaseStatus(user.id, id, wait, now), changeCaseStatus(user.id, id, wait, now)])).toEqual([
      "WAITING_FOR_OPERATOR",
      "WAITING_FOR_OPERATOR",
    ]);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "STATUS_CHANGED" } })).toBe(1);
  });

  it("a different period still changes the running wait, counted from the day it began", async () => {
    const tick = clock();
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "METFONE" }, tick());
    await changeCaseStatus(user.id, id, { type: "wait", days: 3, counting: "CALENDAR" }, tick());
    await changeCaseStatus(user.id, id, { type: "wait", days: 3, counting: "WORKING" }, tick());
    const row = await db().case.findUniqueOrThrow({ where: { id } });
    // Friday + 3 working days = Wednesday 9 Dec, 18:00 in Phnom Penh.
    expect(row).toMatchObject({ reviewDays: 3, reviewCounting: "WORKING", reminderRound: 2, expectedBy: new Date("2026-12-09T11:00:00Z") });
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "STATUS_CHANGED" } })).toBe(2);
  });

  it("give up, flag, resume, complete and reopen again answer as the first time and write nothing", async () => {
    const tick = clock();
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, {}, tick());
    const twice = async (request: Parameters<typeof changeCaseStatus>[2], status: string) => {
      expect(await changeCaseStatus(user.id, id, request, tick())).toBe(status);
      const after = await snapshot(id);
      expect(await changeCaseStatus(user.id, id, request, tick())).toBe(status);
      expect(await snapshot(id)).toEqual(after);
    };
    await twice({ type: "start" }, "IN_PROGRESS");
    await twice({ type: "flagNeedsAction" }, "NEEDS_ACTION");
    await twice({ type: "resume" }, "IN_PROGRESS");
    await twice({ type: "complete", noProofConfirmed: true }, "DONE");
    await twice({ type: "reopen" }, "IN_PROGRESS");
    await twice({ type: "giveUp" }, "GIVEN_UP");
  });

  it("a request the case cannot take is still refused, with the reason", async () => {
    const tick = clock();
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, {}, tick());
    await expect(changeCaseStatus(user.id, id, { type: "complete", noProofConfirmed: false }, tick())).rejects.toMatchObject({ key: "cases.doneNeedsProof" });
    await changeCaseStatus(user.id, id, { type: "giveUp" }, tick());
    const before = await snapshot(id);
    await expect(changeCaseStatus(user.id, id, { type: "wait", days: 3, counting: "CALENDAR" }, tick())).rejects.toMatchObject({ key: "cases.actionNotAllowed" });
    await expect(changeCaseStatus(user.id, id, { type: "resume" }, tick())).rejects.toMatchObject({ key: "cases.actionNotAllowed" });
    expect(await snapshot(id)).toEqual(before);
  });

  it("another user's case is not found, and left as it was", async () => {
    const tick = clock();
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createTestCase(owner.id, {}, tick());
    await changeCaseStatus(owner.id, id, { type: "wait", days: 3, counting: "CALENDAR" }, tick());
    const before = await snapshot(id);
    await expect(changeCaseStatus(stranger.id, id, { type: "wait", days: 3, counting: "CALENDAR" }, tick())).rejects.toMatchObject(NOT_FOUND);
    await expect(changeCaseStatus(stranger.id, id, { type: "giveUp" }, tick())).rejects.toMatchObject(NOT_FOUND);
    expect(await snapshot(id)).toEqual(before);
  });
});
