import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { caseSnapshot as snapshot, createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { setFollowUpSchedule } from "./set-follow-up-schedule";
import { snoozeCaseReminders } from "./snooze-case-reminders";

// Monday 4 May 2026, 10:00 in Phnom Penh.
const START = new Date("2026-05-04T03:00:00Z");
const later = (minutes: number) => new Date(START.getTime() + minutes * 60_000);

async function waitingCase() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "METFONE" }, START);
  await changeCaseStatus(user.id, id, { type: "wait", days: 3, counting: "CALENDAR" }, START);
  return { user, id };
}

describe("a reminder setting sent twice", () => {
  it("the same follow-up schedule again writes nothing; another one still changes it", async () => {
    const { user, id } = await waitingCase();
    await setFollowUpSchedule(user.id, id, { everyDays: 3, count: 2 }, later(1));
    const once = await snapshot(id);
    await setFollowUpSchedule(user.id, id, { everyDays: 3, count: 2 }, later(2));
    expect(await snapshot(id)).toEqual(once);

    await setFollowUpSchedule(user.id, id, { everyDays: 3, count: 4 }, later(3));
    expect(await db().case.findUniqueOrThrow({ where: { id } })).toMatchObject({ followUpEveryDays: 3, maxFollowUps: 4 });
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "REMINDER_SCHEDULE_CHANGED" } })).toBe(2);
  });

  it("a snooze to the same date again writes nothing and answers the same day; a bad date is still refused", async () => {
    const { user, id } = await waitingCase();
    const until = await snoozeCaseReminders(user.id, id, { date: "2026-05-08" }, later(1));
    const once = await snapshot(id);
    expect(await snoozeCaseReminders(user.id, id, { date: "2026-05-08" }, later(2))).toEqual(until);
    expect(await snapshot(id)).toEqual(once);
    await expect(snoozeCaseReminders(user.id, id, { date: "2026-05-01" }, later(3))).rejects.toMatchObject({ key: "reminders.snoozeInPast" });
    expect(await snapshot(id)).toEqual(once);
  });

  it("a snooze for days sent twice with its form's key holds once; another button on the same form is a new snooze", async () => {
    const { user, id } = await waitingCase();
    const key = randomUUID();
    const until = await snoozeCaseReminders(user.id, id, { days: 1, submissionKey: key }, later(1));
    // The next day at 09:00 on the user's clock (Phnom Penh, UTC+7), as reminders go.
    expect(until).toEqual(new Date("2026-05-05T02:00:00Z"));
    const once = await snapshot(id);
    // The answer was lost; the same tap a minute later.
    expect(await snoozeCaseReminders(user.id, id, { days: 1, submissionKey: key }, later(2))).toEqual(until);
    expect(await snapshot(id)).toEqual(once);

    expect(await snoozeCaseReminders(user.id, id, { days: 3, submissionKey: key }, later(3))).toEqual(new Date("2026-05-07T02:00:00Z"));
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "REMINDERS_SNOOZED" } })).toBe(2);
  });

  it("two snoozes with one key at the same moment hold once", async () => {
    const { user, id } = await waitingCase();
    const key = randomUUID();
    const answers = await Promise.all([1, 2].map((minute) => snoozeCaseReminders(user.id, id, { days: 3, submissionKey: key }, later(minute))));
    expect(answers[0]).toEqual(answers[1]);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "REMINDERS_SNOOZED" } })).toBe(1);
  });

  it("a snooze refused on the way leaves its key unused, and one without a key (a page from before keys) counts each time", async () => {
    const { user, id } = await waitingCase();
    const stranger = await createTestUser();
    const key = randomUUID();
    await expect(snoozeCaseReminders(stranger.id, id, { days: 1, submissionKey: key }, later(1))).rejects.toMatchObject(NOT_FOUND);
    await snoozeCaseReminders(stranger.id, (await createTestCase(stranger.id, { operator: "SMART" }, START)).id, { days: 1, submissionKey: key }, later(1));
    const before = await snapshot(id);
    // The stranger's key, claimed for their own case, is nothing to the owner's.
    await snoozeCaseReminders(user.id, id, { days: 1, submissionKey: key }, later(2));
    expect((await snapshot(id)).row.snoozedUntil).toEqual(new Date("2026-05-05T02:00:00Z"));
    expect(before.row.snoozedUntil).toBeNull();

    // Each tap without a key is a snooze of its own (the same hold again would change nothing).
    await snoozeCaseReminders(user.id, id, { days: 3 }, later(3));
    await snoozeCaseReminders(user.id, id, { days: 1 }, later(4));
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "REMINDERS_SNOOZED" } })).toBe(3);
    expect((await snapshot(id)).row.snoozedUntil).toEqual(new Date("2026-05-05T02:00:00Z"));
  });

  it("another user's case is not found, and left as it was", async () => {
    const { user, id } = await waitingCase();
    const stranger = await createTestUser();
    await setFollowUpSchedule(user.id, id, { everyDays: 3, count: 2 }, later(1));
    await snoozeCaseReminders(user.id, id, { date: "2026-05-08" }, later(2));
    const before = await snapshot(id);
    await expect(setFollowUpSchedule(stranger.id, id, { everyDays: 3, count: 2 }, later(3))).rejects.toMatchObject(NOT_FOUND);
    await expect(snoozeCaseReminders(stranger.id, id, { date: "2026-05-08" }, later(4))).rejects.toMatchObject(NOT_FOUND);
    await expect(snoozeCaseReminders(stranger.id, id, { days: 3, submissionKey: randomUUID() }, later(5))).rejects.toMatchObject(NOT_FOUND);
    expect(await snapshot(id)).toEqual(before);
  });
});
