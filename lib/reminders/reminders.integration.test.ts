import { simpleParser } from "mailparser";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { followUpScheduleSchema } from "@/lib/cases/schemas";
import { getCase } from "@/lib/cases/get-case";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";
import { deliverLoadedReminder, deliverReminder } from "./deliver-reminder";
import { loadRemindersForDelivery } from "./load-reminders-for-delivery";
import { dispatchDueReminders } from "./dispatch-due-reminders";
import { setCaseRemindersMuted } from "./set-case-reminders-muted";
import { setFollowUpSchedule } from "./set-follow-up-schedule";
import { setReminderEmails } from "./set-reminder-emails";
import { snoozeCaseReminders } from "./snooze-case-reminders";
import { createUnsubscribeToken } from "./unsubscribe-token";
import { unsubscribeFromReminders } from "./unsubscribe-from-reminders";
import { NOT_FOUND } from "@/test/support/not-found";

// This file's mail goes to an SMTP server it controls (set before the app reads its environment).
const smtp = await startScriptableSmtpServer();
process.env.SMTP_URL = smtp.url;
afterAll(() => smtp.stop());
beforeEach(() => {
  smtp.received.length = 0;
});

const HOUR = 3_600_000;
// Monday 4 May 2026, 10:00 in Phnom Penh.
const START = new Date("2026-05-04T03:00:00Z");

async function waitingCase(options: { days?: number } = {}) {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "METFONE", nickname: "Holiday SIM" }, START);
  await changeCaseStatus(user.id, id, { type: "wait", days: options.days ?? 1, counting: "CALENDAR" }, START);
  return { user, caseId: id };
}

/** Runs the dispatcher every `stepHours` from `from` to `to`, as the worker's schedule would. */
async function runClock(from: Date, to: Date, stepHours = 6) {
  for (let t = from.getTime(); t <= to.getTime(); t += stepHours * HOUR) await dispatchDueReminders({ now: new Date(t) });
}

const subjects = () => smtp.received.map((mail) => mail.subject);

describe("reminders", () => {
  it("fire the whole schedule in order as the clock advances, then flag the case", async () => {
    const { user, caseId } = await waitingCase();
    const planned = await db().reminder.findMany({ where: { caseId }, orderBy: { dueAt: "asc" } });
    // Expected by Tuesday 5 May, 18:00; the check at 09:00 that day, then every 2 days.
    expect(planned.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ["CHECK", "2026-05-05T02:00:00.000Z"],
      ["FOLLOW_UP", "2026-05-07T02:00:00.000Z"],
      ["FOLLOW_UP", "2026-05-09T02:00:00.000Z"],
      ["FOLLOW_UP", "2026-05-11T02:00:00.000Z"],
      ["FOLLOW_UP", "2026-05-13T02:00:00.000Z"],
      ["FOLLOW_UP", "2026-05-15T02:00:00.000Z"],
      ["NEEDS_ACTION", "2026-05-17T02:00:00.000Z"],
    ]);

    await runClock(START, new Date("2026-05-05T01:59:00Z"));
    expect(smtp.received).toHaveLength(0);
    await runClock(new Date("2026-05-05T02:00:00Z"), new Date("2026-05-25T00:00:00Z"));

    expect(smtp.received).toHaveLength(7);
    expect(smtp.received.every((mail) => mail.to.includes(user.email))).toBe(true);
    // In the planned order, each on its first run at or after its due time (runs are 6 hours apart).
    expect(smtp.received.map((mail) => /<reminder-([^@]+)@/.exec(mail.messageId)?.[1])).toEqual(planned.map((r) => r.id));
    const sent = await db().reminder.findMany({ where: { caseId }, orderBy: { dueAt: "asc" } });
    for (const reminder of sent) {
      expect(reminder.sentAt!.getTime() - reminder.dueAt.getTime()).toBeGreaterThanOrEqual(0);
      expect(reminder.sentAt!.getTime() - reminder.dueAt.getTime()).toBeLessThan(6 * HOUR);
    }
    expect(subjects()[0]).toMatch(/Metfone/);
    expect(subjects()[0]).not.toEqual(subjects()[1]);
    // Sent the morning the answer is due, the check names that day as the case page does, not an hour still ahead.
    const check = (await simpleParser(smtp.received[0]!.raw)).text ?? "";
    expect(check).toContain("is due Tue 5 May.");
    expect(check).not.toMatch(/18:00|6:00 PM/);

    const detail = await getCase(user.id, caseId);
    expect(detail.status).toBe("NEEDS_ACTION");
    expect(detail.reminders.every((r) => r.state === "SENT")).toBe(true);
    expect(detail.events.filter((e) => e.kind === "REMINDER_SENT")).toHaveLength(7);

    // Nothing more, ever: the case left "waiting".
    await runClock(new Date("2026-05-25T00:00:00Z"), new Date("2026-06-10T00:00:00Z"), 24);
    expect(smtp.received).toHaveLength(7);
  });

  it("carry the case link and a one-click unsubscribe that works without signing in", async () => {
    const { user, caseId } = await waitingCase();
    await dispatchDueReminders({ now: new Date("2026-05-05T02:00:00Z") });
    const [mail] = smtp.received;
    // Undo quoted-printable soft breaks and header folding before reading.
    const raw = mail!.raw.replace(/=\r?\n/g, "").replace(/\r?\n[ \t]+/g, " ");
    expect(raw).toContain(`http://localhost:3000/cases/${caseId}`);
    // How to chase this operator, in the owner's language.
    expect(raw).toContain("contact Customer Service on Metfone's website");
    expect(raw).toMatch(/^List-Unsubscribe: +<http:\/\/localhost:3000\/api\/unsubscribe\?token=[^>]+>/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);

    expect(await unsubscribeFromReminders(createUnsubscribeToken(user.id, "x".repeat(40)))).toBe(false);
    expect(await unsubscribeFromReminders(createUnsubscribeToken(user.id, process.env.AUTH_SECRET!))).toBe(true);
    expect(await db().reminder.count({ where: { caseId, state: "SCHEDULED" } })).toBe(0);
    await runClock(new Date("2026-05-05T03:00:00Z"), new Date("2026-05-20T00:00:00Z"), 24);
    expect(smtp.received).toHaveLength(1);
  });

  it("send only the latest of the reminders that fell due while the worker was away", async () => {
    const { user, caseId } = await waitingCase();
    const byKey = async () =>
      Object.fromEntries(
        (await db().reminder.findMany({ where: { caseId }, orderBy: { dueAt: "asc" } })).map((r) => [`${r.kind}-${r.sequence}`, r]),
      );
    // No run from Monday until Saturday 9 May: the check and the first two follow-ups are all due.
    expect(await dispatchDueReminders({ now: new Date("2026-05-09T03:00:00Z") })).toMatchObject({ sent: 1, superseded: 2 });
    const after = await byKey();
    expect([after["CHECK-0"]!.state, after["FOLLOW_UP-1"]!.state, after["FOLLOW_UP-2"]!.state]).toEqual(["SKIPPED", "SKIPPED", "SENT"]);
    expect(smtp.received.map((mail) => mail.messageId)).toEqual([expect.stringContaining(after["FOLLOW_UP-2"]!.id)]);

    // A replan (mute, then unmute) never brings the skipped ones back.
    await setCaseRemindersMuted(user.id, caseId, true, new Date("2026-05-09T04:00:00Z"));
    await setCaseRemindersMuted(user.id, caseId, false, new Date("2026-05-09T05:00:00Z"));
    const replanned = await db().reminder.findMany({ where: { caseId, state: "SCHEDULED" }, orderBy: { dueAt: "asc" } });
    expect(replanned.map((r) => `${r.kind}-${r.sequence}`)).toEqual(["FOLLOW_UP-3", "FOLLOW_UP-4", "FOLLOW_UP-5", "NEEDS_ACTION-99"]);

    await runClock(new Date("2026-05-09T06:00:00Z"), new Date("2026-05-25T00:00:00Z"));
    expect(smtp.received).toHaveLength(5);
    expect((await getCase(user.id, caseId)).status).toBe("NEEDS_ACTION");
  });

  it("never send a reminder twice: a retry of a sent one sends nothing", async () => {
    const { caseId } = await waitingCase();
    await dispatchDueReminders({ now: new Date("2026-05-05T02:00:00Z") });
    const [sent] = await db().reminder.findMany({ where: { caseId, state: "SENT" } });
    expect(await deliverReminder(sent!.id, new Date("2026-05-05T02:01:00Z"))).toBe("skipped");
    await dispatchDueReminders({ now: new Date("2026-05-05T02:02:00Z") });
    expect(smtp.received).toHaveLength(1);
  });

  it("snoozed for days, go at 09:00 on the user's clock that many days on, whatever the hour of the tap", async () => {
    const { user, caseId } = await waitingCase();
    await db().user.update({ where: { id: user.id }, data: { timeZone: "Asia/Shanghai" } });
    // 19:56 and then 02:10 in Shanghai (UTC+8).
    expect(await snoozeCaseReminders(user.id, caseId, { days: 3 }, new Date("2026-05-04T11:56:00Z"))).toEqual(new Date("2026-05-07T01:00:00Z"));
    expect(await snoozeCaseReminders(user.id, caseId, { days: 1 }, new Date("2026-05-04T18:10:00Z"))).toEqual(new Date("2026-05-06T01:00:00Z"));

    const left = await db().reminder.findMany({ where: { caseId, state: "SCHEDULED" }, orderBy: { dueAt: "asc" } });
    expect(left.length).toBeGreaterThan(1);
    expect(left[0]!.dueAt.toISOString()).toBe("2026-05-06T01:00:00.000Z");
    expect(left.map((reminder) => reminder.dueAt.toISOString().slice(11))).toEqual(left.map(() => "01:00:00.000Z"));
  });

  it("stop when snoozed, muted, closed or turned off, and snooze shifts what is left", async () => {
    const snoozed = await waitingCase();
    const muted = await waitingCase();
    const closed = await waitingCase();
    const off = await waitingCase();
    await snoozeCaseReminders(snoozed.user.id, snoozed.caseId, { days: 3 }, START);
    await setCaseRemindersMuted(muted.user.id, muted.caseId, true, START);
    await changeCaseStatus(closed.user.id, closed.caseId, { type: "complete", noProofConfirmed: true }, START);
    await setReminderEmails(off.user.id, false, START);

    await runClock(START, new Date("2026-05-07T01:00:00Z"));
    expect(smtp.received).toHaveLength(0);

    // Snoozed until Thursday 7 May, 09:00: the check goes then, the rest keep 2 days apart.
    await runClock(new Date("2026-05-07T03:00:00Z"), new Date("2026-05-07T04:00:00Z"), 1);
    expect(smtp.received.map((mail) => mail.to)).toEqual([expect.stringContaining(snoozed.user.email)]);
    const next = await db().reminder.findFirstOrThrow({ where: { caseId: snoozed.caseId, state: "SCHEDULED" }, orderBy: { dueAt: "asc" } });
    expect(next.dueAt.toISOString()).toBe("2026-05-09T02:00:00.000Z");

    for (const { caseId } of [muted, closed, off]) {
      expect(await db().reminder.count({ where: { caseId, state: "SCHEDULED" } })).toBe(0);
    }
    await setCaseRemindersMuted(muted.user.id, muted.caseId, false, new Date("2026-05-08T00:00:00Z"));
    expect(await db().reminder.count({ where: { caseId: muted.caseId, state: "SCHEDULED" } })).toBeGreaterThan(0);
  });

  it("retry an SMTP 4xx with backoff and send exactly once", async () => {
    const { caseId } = await waitingCase();
    smtp.refuseNext(451, 2);
    const due = new Date("2026-05-05T02:00:00Z");
    expect(await dispatchDueReminders({ now: due })).toMatchObject({ retried: 1, sent: 0 });
    const retry = await db().reminder.findFirstOrThrow({ where: { caseId, kind: "CHECK" } });
    expect(retry).toMatchObject({ state: "SCHEDULED", attempts: 1 });
    expect(retry.dueAt.getTime()).toBe(due.getTime() + 60_000);
    expect(retry.lastError).toMatch(/451|Try again/);

    expect(await dispatchDueReminders({ now: new Date(due.getTime() + 30_000) })).toMatchObject({ sent: 0, retried: 0 });
    expect(await dispatchDueReminders({ now: new Date(due.getTime() + 60_000) })).toMatchObject({ retried: 1 });
    expect(await dispatchDueReminders({ now: new Date(due.getTime() + 3 * 60_000) })).toMatchObject({ sent: 1 });
    expect(await dispatchDueReminders({ now: new Date(due.getTime() + 60 * 60_000) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(await db().reminder.findFirstOrThrow({ where: { caseId, kind: "CHECK" } })).toMatchObject({ state: "SENT", attempts: 3 });
  });

  it("give their claims back when the database fails mid-run, so the next run sends each once", async () => {
    const cases = [await waitingCase(), await waitingCase(), await waitingCase()];
    const ids = cases.map((c) => c.caseId);
    // A real database error at the last check before sending: the claim is refreshed there.
    await db().$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_claim_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'claim refresh refused by the test'; END $$`);
    await db().$executeRawUnsafe(`
      CREATE TRIGGER test_refuse_claim_refresh BEFORE UPDATE ON "Reminder" FOR EACH ROW
      WHEN (OLD.state = 'SENDING' AND NEW.state = 'SENDING') EXECUTE FUNCTION test_refuse_claim_refresh()`);
    const due = new Date("2026-05-05T02:00:00Z");
    try {
      await expect(dispatchDueReminders({ now: due, concurrency: 1, batchSize: 3 })).rejects.toThrow(/claim refresh refused/);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER test_refuse_claim_refresh ON "Reminder"`);
      await db().$executeRawUnsafe(`DROP FUNCTION test_refuse_claim_refresh()`);
    }
    const checks = await db().reminder.findMany({ where: { caseId: { in: ids }, kind: "CHECK" } });
    expect(checks.map((r) => [r.state, r.claimToken])).toEqual(Array(3).fill(["SCHEDULED", null]));
    expect(smtp.received).toHaveLength(0);

    expect(await dispatchDueReminders({ now: new Date(due.getTime() + 60_000) })).toMatchObject({ sent: 3 });
    expect(smtp.received).toHaveLength(3);
  });

  it("record an SMTP 5xx as failed, show it on the case, and not retry it", async () => {
    const { user, caseId } = await waitingCase();
    smtp.refuseNext(550);
    expect(await dispatchDueReminders({ now: new Date("2026-05-05T02:00:00Z") })).toMatchObject({ failed: 1 });
    const detail = await getCase(user.id, caseId);
    const failed = detail.reminders.find((r) => r.kind === "CHECK");
    expect(failed).toMatchObject({ state: "FAILED" });
    expect(failed?.lastError).toMatch(/550|Mailbox unavailable/);
    expect(detail.events[0]).toMatchObject({ kind: "REMINDER_FAILED" });
    await runClock(new Date("2026-05-05T03:00:00Z"), new Date("2026-05-06T00:00:00Z"), 1);
    expect(smtp.received).toHaveLength(0);
  });

  it("mark the address as refusing mail on an SMTP 5xx, until an email to it gets through", async () => {
    const { user } = await waitingCase();
    // Someone else whose address refuses mail: this user's delivered email says nothing of theirs.
    const other = await createTestUser();
    await db().user.update({ where: { id: other.id }, data: { emailRefusedAt: new Date("2026-05-01T00:00:00Z") } });
    const refusedAt = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).emailRefusedAt;

    smtp.refuseNext(550);
    const failedAt = new Date("2026-05-05T02:00:00Z");
    await dispatchDueReminders({ now: failedAt });
    expect(await refusedAt(user.id)).toEqual(failedAt);

    await runClock(new Date("2026-05-05T03:00:00Z"), new Date("2026-05-16T00:00:00Z"));
    expect(smtp.received.length).toBeGreaterThan(0);
    expect(await refusedAt(user.id)).toBeNull();
    expect(await refusedAt(other.id)).toEqual(new Date("2026-05-01T00:00:00Z"));
  });

  it("record the needs-action email and flag the case together, or neither", async () => {
    const { caseId } = await waitingCase();
    await runClock(START, new Date("2026-05-16T00:00:00Z"));
    expect(smtp.received).toHaveLength(6);
    // A real database error while flagging: the email's record must not stay behind alone.
    await db().$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_flag() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'flag refused by the test'; END $$`);
    await db().$executeRawUnsafe(`
      CREATE TRIGGER test_refuse_flag BEFORE UPDATE ON "Case" FOR EACH ROW
      WHEN (NEW.status = 'NEEDS_ACTION') EXECUTE FUNCTION test_refuse_flag()`);
    const due = new Date("2026-05-17T02:00:00Z");
    try {
      await expect(dispatchDueReminders({ now: due })).rejects.toThrow(/flag refused/);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER test_refuse_flag ON "Case"`);
      await db().$executeRawUnsafe(`DROP FUNCTION test_refuse_flag()`);
    }
    expect(await db().reminder.findFirstOrThrow({ where: { caseId, kind: "NEEDS_ACTION" } })).toMatchObject({ state: "SENDING" });
    expect(await db().case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "WAITING_FOR_OPERATOR" });

    // Once the claim times out, the next run sends it again and both are recorded.
    await dispatchDueReminders({ now: new Date(due.getTime() + 10 * 60_000) });
    expect(await db().reminder.findFirstOrThrow({ where: { caseId, kind: "NEEDS_ACTION" } })).toMatchObject({ state: "SENT" });
    expect(await db().case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "NEEDS_ACTION" });
  });

  it("flag the case even when the needs-action email itself is refused", async () => {
    const { user, caseId } = await waitingCase();
    await runClock(new Date("2026-05-05T02:00:00Z"), new Date("2026-05-16T00:00:00Z"));
    expect(smtp.received).toHaveLength(6);
    smtp.refuseNext(550);
    await dispatchDueReminders({ now: new Date("2026-05-17T02:00:00Z") });

    const detail = await getCase(user.id, caseId);
    expect(detail.reminders.find((r) => r.kind === "NEEDS_ACTION")).toMatchObject({ state: "FAILED" });
    expect(detail.status).toBe("NEEDS_ACTION");
  });

  it("start a new round when the period changes, counted from the day the wait began", async () => {
    const { user, caseId } = await waitingCase({ days: 1 });
    await dispatchDueReminders({ now: new Date("2026-05-05T02:00:00Z") });
    expect(smtp.received).toHaveLength(1);
    // The operator said 5 working days after all: from Monday 4 May, past the Royal Ploughing
    // Ceremony on Tuesday 5, that is Tuesday 12 May.
    await changeCaseStatus(user.id, caseId, { type: "wait", days: 5, counting: "WORKING" }, new Date("2026-05-05T05:00:00Z"));
    const detail = await getCase(user.id, caseId);
    expect(detail.expectedBy?.toISOString()).toBe("2026-05-12T11:00:00.000Z");
    const next = detail.reminders.find((r) => r.state === "SCHEDULED");
    expect(next).toMatchObject({ kind: "CHECK", dueAt: new Date("2026-05-12T02:00:00.000Z") });
  });

  it("are not sent when the case closed or was snoozed after the worker claimed them", async () => {
    const closed = await waitingCase();
    const snoozed = await waitingCase();
    const due = new Date("2026-05-05T02:00:00Z");
    // A worker claims both reminders and reads them...
    for (const { caseId } of [closed, snoozed]) {
      await db().reminder.updateMany({
        where: { caseId, kind: "CHECK" },
        data: { state: "SENDING", claimToken: "run-1", claimedAt: due, attempts: 1 },
      });
    }
    const [closedCopy] = await loadRemindersForDelivery(
      (await db().reminder.findMany({ where: { caseId: closed.caseId, state: "SENDING" } })).map((r) => r.id),
    );
    const [snoozedCopy] = await loadRemindersForDelivery(
      (await db().reminder.findMany({ where: { caseId: snoozed.caseId, state: "SENDING" } })).map((r) => r.id),
    );
    // ...then, before it sends, one user closes the case and the other snoozes.
    await changeCaseStatus(closed.user.id, closed.caseId, { type: "complete", noProofConfirmed: true }, due);
    await snoozeCaseReminders(snoozed.user.id, snoozed.caseId, { days: 3 }, due);

    expect(await deliverLoadedReminder(closedCopy!, due)).toBe("cancelled");
    expect(await deliverLoadedReminder(snoozedCopy!, due)).toBe("cancelled");
    expect(smtp.received).toHaveLength(0);
    expect(await db().reminder.count({ where: { caseId: closed.caseId, state: { in: ["SCHEDULED", "SENDING"] } } })).toBe(0);
    // The snoozed check is planned again, after the snooze.
    const replanned = await db().reminder.findFirstOrThrow({ where: { caseId: snoozed.caseId, kind: "CHECK", state: "SCHEDULED" } });
    expect(replanned.dueAt.toISOString()).toBe("2026-05-08T02:00:00.000Z");
  });

  it("leave a claim held by another run alone", async () => {
    const { caseId } = await waitingCase();
    await db().reminder.updateMany({ where: { caseId, kind: "CHECK" }, data: { state: "SENDING", claimToken: "run-1" } });
    const [copy] = await loadRemindersForDelivery((await db().reminder.findMany({ where: { caseId, state: "SENDING" } })).map((r) => r.id));
    await db().reminder.updateMany({ where: { caseId, kind: "CHECK" }, data: { claimToken: "run-2" } });
    expect(await deliverLoadedReminder(copy!, new Date("2026-05-05T02:00:00Z"))).toBe("skipped");
    expect(smtp.received).toHaveLength(0);
    expect(await db().reminder.findFirstOrThrow({ where: { caseId, kind: "CHECK" } })).toMatchObject({ state: "SENDING", claimToken: "run-2" });
  });

  it("follow a schedule the user changes: replanned at the new spacing and recorded; refused for another user and for bad input", async () => {
    const { user, caseId } = await waitingCase();
    await setFollowUpSchedule(user.id, caseId, { everyDays: 3, count: 2 }, START);
    const planned = await db().reminder.findMany({ where: { caseId, state: "SCHEDULED" }, orderBy: { dueAt: "asc" } });
    expect(planned.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ["CHECK", "2026-05-05T02:00:00.000Z"],
      ["FOLLOW_UP", "2026-05-08T02:00:00.000Z"],
      ["FOLLOW_UP", "2026-05-11T02:00:00.000Z"],
      ["NEEDS_ACTION", "2026-05-14T02:00:00.000Z"],
    ]);
    expect((await getCase(user.id, caseId)).events[0]).toMatchObject({ kind: "REMINDER_SCHEDULE_CHANGED", data: { everyDays: 3, count: 2 } });

    const other = await createTestUser();
    await expect(setFollowUpSchedule(other.id, caseId, { everyDays: 1, count: 0 }, START)).rejects.toMatchObject(NOT_FOUND);
    expect(await db().reminder.count({ where: { caseId, state: "SCHEDULED" } })).toBe(4);
    expect(await db().case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ followUpEveryDays: 3, maxFollowUps: 2 });

    const bad = followUpScheduleSchema.safeParse({ everyDays: "0", count: "11" });
    expect(bad.error?.issues.map((issue) => issue.message).sort()).toEqual(["reminders.everyDaysRange", "reminders.followUpCountRange"]);
  });

  it("refuse a snooze past 30 days or in the past, on the date field, and change nothing", async () => {
    const { user, caseId } = await waitingCase();
    const before = await db().reminder.findMany({ where: { caseId }, orderBy: { sequence: "asc" } });
    await expect(snoozeCaseReminders(user.id, caseId, { date: "2026-06-10" }, START)).rejects.toMatchObject({
      key: "reminders.snoozeTooFar",
      field: "date",
    });
    await expect(snoozeCaseReminders(user.id, caseId, { date: "2026-05-01" }, START)).rejects.toMatchObject({
      key: "reminders.snoozeInPast",
      field: "date",
    });
    expect(await db().reminder.findMany({ where: { caseId }, orderBy: { sequence: "asc" } })).toEqual(before);
    expect(await db().case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ snoozedUntil: null });
    // The last day offered (30 days on, in Phnom Penh) is still taken.
    await snoozeCaseReminders(user.id, caseId, { date: "2026-06-03" }, START);
  });

  it("refuse another user's snooze and mute, and change nothing", async () => {
    const { caseId } = await waitingCase();
    const intruder = await createTestUser();
    const before = await db().reminder.findMany({ where: { caseId }, orderBy: { sequence: "asc" } });
    await expect(snoozeCaseReminders(intruder.id, caseId, { days: 3 }, START)).rejects.toMatchObject(NOT_FOUND);
    await expect(setCaseRemindersMuted(intruder.id, caseId, true, START)).rejects.toMatchObject(NOT_FOUND);
    expect(await db().reminder.findMany({ where: { caseId }, orderBy: { sequence: "asc" } })).toEqual(before);
  });
});
