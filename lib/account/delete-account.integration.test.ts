import { randomBytes, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { requestEmailChange } from "@/lib/auth/request-email-change";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { db } from "@/lib/db/client";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";
import { waitForMail } from "@/test/support/caught-mail";
import { addReceipt } from "@/lib/receipts/add-receipt";
import { createTestCase } from "@/test/support/case-factories";
import { createTestSession, createTestUser } from "@/test/support/factories";
import * as corpus from "@/test/support/receipt-corpus";
import { deleteAccount } from "./delete-account";
import { sendMailNotice, sendMailNoticeJob } from "./send-mail-notice";
import { testDatabaseUrl, testMailDir } from "@/test/support/test-env";
import { UserError } from "@/lib/http/user-error";

const client = new pg.Client({ connectionString: testDatabaseUrl() });
await client.connect();
afterAll(() => client.end());

const NOW = new Date("2026-05-04T03:00:00Z");

/** An account with something in every table that can hold a user's data, and a reset email queued. */
async function userWithEverything(label: string) {
  const user = await createTestUser({ password: `pw-${label}-${randomBytes(4).toString("hex")}` });
  const first = await createTestCase(user.id, { operator: "SMART", phoneNumber: label === "mine" ? "012 111 222" : "012 999 888" }, NOW);
  const second = await createTestCase(user.id, { operator: "METFONE" }, NOW);
  await addCaseNote(user.id, first.id, { text: `Note of ${label}`, submissionKey: randomUUID() }, NOW);
  await changeCaseStatus(user.id, first.id, { type: "wait", days: 2, counting: "CALENDAR" }, NOW);
  await addReceipt(user.id, first.id, { bytes: await corpus.jpeg(), fileName: "photo.jpg" }, NOW);
  await addReceipt(user.id, second.id, { bytes: await corpus.pdf(1), fileName: "scan.pdf" }, NOW);
  await createTestSession(user.id);
  await db().passwordResetToken.create({
    data: { userId: user.id, tokenHash: randomBytes(16).toString("hex"), expiresAt: new Date(Date.now() + 3_600_000) },
  });
  // A pending email change: its link's job names the request, not the user.
  await requestEmailChange(user.id, { newEmail: `new-${user.email}`, password: user.password }, NOW);
  const request = await db().emailChangeRequest.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } });
  await db().calendarFeed.create({ data: { userId: user.id, tokenHash: randomBytes(16).toString("hex") } });
  await requestPasswordReset(user.email);
  return { ...user, caseIds: [first.id, second.id], emailChangeRequestId: request.id };
}

async function tables(): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT DISTINCT format('%I.%I', table_schema, table_name) AS name FROM information_schema.columns
    WHERE table_schema IN ('public', 'pgboss') ORDER BY name`);
  return rows.map((row) => row.name);
}

/** Every row of every table, as text, that contains `needle`: counted per table. */
async function rowsMentioning(needle: string): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const table of await tables()) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${table} t WHERE strpos(t::text, $1) > 0`, [needle]);
    if (Number(rows[0]!.count) > 0) found[table] = Number(rows[0]!.count);
  }
  return found;
}

async function jobsFor(userId: string) {
  const { rows } = await client.query<{ name: string }>("SELECT name FROM pgboss.job WHERE data->>'userId' = $1", [userId]);
  return rows.map((row) => row.name);
}

describe("deleteAccount", () => {
  it("refuses a wrong password and deletes nothing", async () => {
    const mine = await userWithEverything("mine");
    const before = await rowsMentioning(mine.id);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['public."Case"', 'public."CaseEvent"', 'public."Receipt"', 'public."Submission"', "pgboss.job"]));

    const refused = await deleteAccount(mine.id, "not the password", NOW).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect(refused).toMatchObject({ key: "accountData.wrongPassword", field: "password" });

    // Only the failed attempt is counted (against this user's own password throttle).
    expect(await rowsMentioning(mine.id)).toEqual({ ...before, 'public."LoginFailure"': 1 });
    expect(await db().mailNotice.count()).toBe(0);
    expect(await jobsFor(mine.id)).toEqual(["auth.send-password-reset-email"]);
  });

  it("does not let one user's password delete another user's account", async () => {
    const mine = await userWithEverything("mine");
    const theirs = await userWithEverything("theirs");
    await expect(deleteAccount(theirs.id, mine.password, NOW)).rejects.toMatchObject({ key: "accountData.wrongPassword" });
    expect(await db().user.count({ where: { id: theirs.id } })).toBe(1);
  });

  it("stops guessing after the sign-in limit, even with the right password", async () => {
    const mine = await userWithEverything("mine");
    for (let i = 0; i < 10; i += 1) await deleteAccount(mine.id, `guess ${i}`, NOW).catch(() => undefined);
    await expect(deleteAccount(mine.id, mine.password, NOW)).rejects.toMatchObject({ key: "accountData.tooManyAttempts" });
    expect(await db().user.count({ where: { id: mine.id } })).toBe(1);
  });

  it("leaves no row anywhere that names the user, then says goodbye once, in their language", async () => {
    const mine = await userWithEverything("mine");
    const theirs = await userWithEverything("theirs");
    await db().user.update({ where: { id: mine.id }, data: { locale: "zh" } });
    // A wrong try first: its throttle row is keyed by the email and must go too.
    await deleteAccount(mine.id, "typo", NOW).catch(() => undefined);
    // A finished job moves to the archive with its payload.
    await client.query(
      "INSERT INTO pgboss.archive SELECT j.*, now() FROM pgboss.job j WHERE j.data->>'userId' = $1",
      [mine.id],
    );
    const theirsBefore = await rowsMentioning(theirs.id);
    expect(await rowsMentioning(mine.emailChangeRequestId)).toMatchObject({ "pgboss.job": 1 });

    const { noticeId } = await deleteAccount(mine.id, mine.password, NOW);

    expect(await rowsMentioning(mine.id)).toEqual({});
    expect(await rowsMentioning(mine.emailChangeRequestId)).toEqual({});
    // The address is kept only in the notice for the goodbye email, which names no user.
    expect(await rowsMentioning(mine.email)).toEqual({ 'public."MailNotice"': 1 });
    expect(await db().mailNotice.findUniqueOrThrow({ where: { id: noticeId } })).toMatchObject({
      email: mine.email,
      locale: "zh",
    });
    expect(await jobsFor(mine.id)).toEqual([]);
    const { rows: queued } = await client.query<{ data: unknown }>("SELECT data FROM pgboss.job WHERE name = $1", [
      sendMailNoticeJob.name,
    ]);
    expect(queued.map((row) => row.data)).toEqual([{ noticeId }]);

    // The other user keeps everything, their queued reset email included.
    expect(await rowsMentioning(theirs.id)).toEqual(theirsBefore);
    expect(await jobsFor(theirs.id)).toEqual(["auth.send-password-reset-email"]);
    expect(await rowsMentioning(theirs.emailChangeRequestId)).toMatchObject({ "pgboss.job": 1 });
    expect(await db().case.count({ where: { ownerId: theirs.id } })).toBe(2);

    await sendMailNoticeJob.handler({ noticeId }, { jobId: "test", attempt: 1 });
    const mail = await waitForMail(mine.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("您的 Simcase 账户已删除");
    expect(mail[0]!.text).toContain("您的 Simcase 账户已删除");
    expect(await db().mailNotice.count()).toBe(0);
    expect(await rowsMentioning(mine.email)).toEqual({});

    // A retry after success sends nothing.
    expect(await sendMailNotice(noticeId)).toBe("skipped");
    await sleep(300);
    expect(await readCaughtMail(testMailDir(), { to: mine.email })).toHaveLength(1);
  });

  it("deletes an account whose cases have timelines, receipts and steps with receipts", async () => {
    const mine = await userWithEverything("mine");
    const step = await db().caseStep.findFirstOrThrow({ where: { caseId: mine.caseIds[0] } });
    await addReceipt(mine.id, mine.caseIds[0]!, { bytes: await corpus.png(), fileName: "step.png", stepId: step.id }, NOW);
    expect(await db().caseEvent.count({ where: { actorId: mine.id } })).toBeGreaterThan(3);

    await deleteAccount(mine.id, mine.password, NOW);

    expect(await db().user.count({ where: { id: mine.id } })).toBe(0);
    expect(await db().caseEvent.count()).toBe(0);
    expect(await db().receiptBlob.count()).toBe(0);
  });
});
