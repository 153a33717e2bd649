import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";
import { sendMailNotice, sendMailNoticeJob } from "@/lib/account/send-mail-notice";
import { createTestSession, createTestUser, uniqueEmail } from "@/test/support/factories";
import { authenticateUser } from "./authenticate-user";
import { changePassword } from "./change-password";
import { confirmEmailChange } from "@/lib/workflows/confirm-email-change";
import { MAX_EMAIL_CHANGES_PER_HOUR, requestEmailChange } from "./request-email-change";
import { resetPassword } from "./reset-password";
import { generateResetToken } from "./reset-token";
import { signOutEverywhere } from "./sign-out-everywhere";
import { EMAIL_CHANGE_TTL_MS, sendEmailChangeLink, sendEmailChangeLinkJob } from "./send-email-change-link";
import { testDatabaseUrl, testMailDir } from "@/test/support/test-env";
import { UserError } from "@/lib/http/user-error";

const client = new pg.Client({ connectionString: testDatabaseUrl() });
await client.connect();
afterAll(() => client.end());

async function queuedJobs() {
  const { rows } = await client.query<{ data: unknown }>("SELECT data FROM pgboss.job WHERE name = $1", [
    sendEmailChangeLinkJob.name,
  ]);
  return rows.map((row) => row.data);
}

/** Requests the change and runs the queued job as the worker would; returns the token from the email. */
async function requestAndSend(user: { id: string; password: string }, newEmail: string, now = new Date()) {
  await requestEmailChange(user.id, { newEmail, password: user.password }, now);
  const request = await db().emailChangeRequest.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
  expect(await sendEmailChangeLink(request.id, now)).toBe("sent");
  return tokenFromEmail(newEmail.trim().toLowerCase());
}

async function tokenFromEmail(to: string) {
  const [mail] = await readCaughtMail(testMailDir(), { to, limit: 1 });
  expect(mail).toBeDefined();
  const link = /http:\/\/localhost:3000\/account\/confirm-email\?token=([\w%-]+)/.exec(mail!.text);
  expect(link).not.toBeNull();
  return { token: decodeURIComponent(link![1]!), mail: mail! };
}

async function emailOf(userId: string) {
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;
}

describe("email change", () => {
  it("queues only the request id, mails a link to the new address, and the link moves the account there", async () => {
    const user = await createTestUser();
    const newEmail = uniqueEmail("moved");
    // The old address's server refused reminders: the new one starts with no such warning.
    await db().user.update({ where: { id: user.id }, data: { emailRefusedAt: new Date() } });

    await requestEmailChange(user.id, { newEmail: `  ${newEmail.toUpperCase()} `, password: user.password });
    const request = await db().emailChangeRequest.findFirstOrThrow({ where: { userId: user.id } });
    expect(request.newEmail).toBe(newEmail);
    expect(await queuedJobs()).toEqual([{ requestId: request.id }]);
    // Nothing changes before the link is used.
    expect(await emailOf(user.id)).toBe(user.email);

    expect(await sendEmailChangeLink(request.id)).toBe("sent");
    const { token, mail } = await tokenFromEmail(newEmail);
    expect(mail.subject).toBe("Confirm your new Simcase email address");
    expect(await readCaughtMail(testMailDir(), { to: user.email })).toEqual([]);
    // Only a hash of the token is stored.
    const stored = await db().emailChangeRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.tokenHash).not.toContain(token);

    expect(await confirmEmailChange(token)).toEqual({ email: newEmail });
    expect(await emailOf(user.id)).toBe(newEmail);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).emailRefusedAt).toBeNull();
    expect(await db().emailChangeRequest.count({ where: { userId: user.id } })).toBe(0);
    expect((await authenticateUser({ email: newEmail, password: user.password, ip: "x" })).ok).toBe(true);
    expect((await authenticateUser({ email: user.email, password: user.password, ip: "x" })).ok).toBe(false);

    // A link works once.
    await expect(confirmEmailChange(token)).rejects.toThrow("account.emailLinkInvalid");
  });

  it("writes the email in the account's language", async () => {
    const user = await createTestUser();
    await db().user.update({ where: { id: user.id }, data: { locale: "zh" } });
    const { mail } = await requestAndSend(user, uniqueEmail("zh"));
    expect(mail.subject).toBe("请确认您的 Simcase 新邮箱地址");
    expect(mail.html).toContain('lang="zh-Hans-CN"');
  });

  it("refuses a wrong password, writing and queueing nothing", async () => {
    const user = await createTestUser();
    const attempt = requestEmailChange(user.id, { newEmail: uniqueEmail(), password: "not my password" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ key: "account.passwordWrong", field: "password" });
    expect(await db().emailChangeRequest.count()).toBe(0);
    expect(await queuedJobs()).toEqual([]);
  });

  it("refuses the current address and an address another account uses, with a neutral message", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    await expect(requestEmailChange(user.id, { newEmail: user.email, password: user.password })).rejects.toMatchObject({
      key: "account.emailUnchanged",
      field: "newEmail",
    });
    await expect(
      requestEmailChange(user.id, { newEmail: other.email.toUpperCase(), password: user.password }),
    ).rejects.toMatchObject({ key: "account.emailUnavailable", field: "newEmail" });
    expect(await db().emailChangeRequest.count()).toBe(0);
    expect(await queuedJobs()).toEqual([]);
  });

  it("limits requests per hour", async () => {
    const user = await createTestUser();
    const now = new Date();
    for (let i = 0; i < MAX_EMAIL_CHANGES_PER_HOUR; i += 1) {
      await requestEmailChange(user.id, { newEmail: uniqueEmail(), password: user.password }, now);
    }
    await expect(requestEmailChange(user.id, { newEmail: uniqueEmail(), password: user.password }, now)).rejects.toThrow(
      "account.tooManyEmailChanges",
    );
    expect(await db().emailChangeRequest.count()).toBe(MAX_EMAIL_CHANGES_PER_HOUR);
  });

  it("refuses an expired link and a made-up one, changing nothing", async () => {
    const user = await createTestUser();
    const sentAt = new Date();
    const { token } = await requestAndSend(user, uniqueEmail("late"), sentAt);

    const late = new Date(sentAt.getTime() + EMAIL_CHANGE_TTL_MS + 1000);
    await expect(confirmEmailChange(token, late)).rejects.toThrow("account.emailLinkInvalid");
    await expect(confirmEmailChange("x".repeat(43))).rejects.toThrow("account.emailLinkInvalid");
    expect(await emailOf(user.id)).toBe(user.email);
  });

  it("refuses the link when another account took the address in the meantime", async () => {
    const user = await createTestUser();
    const wanted = uniqueEmail("contested");
    const { token } = await requestAndSend(user, wanted);
    await createTestUser({ email: wanted });

    const attempt = confirmEmailChange(token);
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ key: "account.emailTaken" });
    expect(await emailOf(user.id)).toBe(user.email);
  });

  it("changes only the account that asked, and leaves another user's pending request alone", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const { token } = await requestAndSend(user, uniqueEmail("mine"));
    await requestAndSend(other, uniqueEmail("theirs"));

    await confirmEmailChange(token);

    expect(await emailOf(other.id)).toBe(other.email);
    expect(await db().emailChangeRequest.count({ where: { userId: other.id } })).toBe(1);
  });

  it("refuses an account that does not exist", async () => {
    await expect(requestEmailChange("no-such-user", { newEmail: uniqueEmail(), password: "whatever" })).rejects.toThrow(
      "account.notFound",
    );
    expect(await queuedJobs()).toEqual([]);
  });

  it("sends nothing for a request that is gone", async () => {
    expect(await sendEmailChangeLink("no-such-request")).toBe("skipped");
  });
});

describe("after the email changes", () => {
  it("tells the old address, signs every device out and voids the old address's reset links", async () => {
    const user = await createTestUser();
    await createTestSession(user.id);
    await db().passwordResetToken.create({
      data: { userId: user.id, tokenHash: `old-link-${user.id}`, expiresAt: new Date(Date.now() + 60 * 60 * 1000) },
    });
    const newEmail = uniqueEmail("moved");
    const { token } = await requestAndSend(user, newEmail);

    await confirmEmailChange(token);

    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().passwordResetToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
    const notice = await db().mailNotice.findFirstOrThrow({ where: { kind: "EMAIL_CHANGED" } });
    expect(notice).toMatchObject({ email: user.email, locale: "en" });
    // The worker's job carries only the notice's id.
    const { rows } = await client.query<{ data: unknown }>("SELECT data FROM pgboss.job WHERE name = $1", [sendMailNoticeJob.name]);
    expect(rows.map((row) => row.data)).toEqual([{ noticeId: notice.id }]);

    expect(await sendMailNotice(notice.id)).toBe("sent");
    const [mail] = await readCaughtMail(testMailDir(), { to: user.email });
    expect(mail?.subject).toBe("Your Simcase sign-in email was changed");
    // The day it happened, spelled out in Cambodia's time, as a record to keep.
    const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Phnom_Penh" }).format(notice.createdAt);
    expect(mail?.text).toContain(`On ${day}, the sign-in email of your Simcase account was changed`);
    expect(await db().mailNotice.count()).toBe(0);
    expect(await readCaughtMail(testMailDir(), { to: newEmail })).toHaveLength(1);
  });

  it("a pending change dies with a password reset, a password change or signing out everywhere", async () => {
    for (const [label, undo] of [
      ["reset", async (user: { id: string; email: string }) => {
        const { token } = await rawResetToken(user.id);
        await resetPassword({ token, password: "a brand new password" });
      }],
      ["change", async (user: { id: string; email: string; password: string }) => {
        await changePassword(user.id, { currentPassword: user.password, newPassword: "a brand new password" });
      }],
      ["sign out everywhere", async (user: { id: string }) => {
        await signOutEverywhere(user.id);
      }],
    ] as const) {
      const user = await createTestUser();
      const other = await createTestUser();
      const { token } = await requestAndSend(user, uniqueEmail(`pending-${label.replace(/ /g, "-")}`));
      const { token: othersToken } = await requestAndSend(other, uniqueEmail("others"));

      await undo(user);

      await expect(confirmEmailChange(token), label).rejects.toThrow("account.emailLinkInvalid");
      expect(await emailOf(user.id)).toBe(user.email);
      // Another user's pending change is theirs alone.
      expect((await confirmEmailChange(othersToken)).email).toMatch(/^others-/);
    }
  });
});

/** A reset link made the way the worker makes one, with its token. */
async function rawResetToken(userId: string) {
  const { token, tokenHash } = generateResetToken();
  await db().passwordResetToken.create({ data: { userId, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) } });
  return { token };
}

describe("email change requests sent at once", () => {
  it("wait for each other, so the hourly count cannot be raced past", async () => {
    const user = await createTestUser();
    // Another request of the same account holds the lock, as if it were between its count and its insert.
    const holder = new pg.Client({ connectionString: testDatabaseUrl() });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`email-change:${user.id}`]);
      let settled = false;
      const waiting = requestEmailChange(user.id, { newEmail: uniqueEmail("queued"), password: user.password }).finally(() => {
        settled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(settled).toBe(false);
      expect(await db().emailChangeRequest.count({ where: { userId: user.id } })).toBe(0);
      await holder.query("COMMIT");
      await waiting;
      expect(await db().emailChangeRequest.count({ where: { userId: user.id } })).toBe(1);
    } finally {
      await holder.end();
    }
  });

  it("still stop at the hourly limit", async () => {
    const user = await createTestUser();
    const attempts = Array.from({ length: MAX_EMAIL_CHANGES_PER_HOUR + 3 }, (_, i) =>
      requestEmailChange(user.id, { newEmail: uniqueEmail(`burst-${i}`), password: user.password }),
    );

    const results = await Promise.allSettled(attempts);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(MAX_EMAIL_CHANGES_PER_HOUR);
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(refused.map((result) => (result.reason as UserError).key)).toEqual(Array(3).fill("account.tooManyEmailChanges"));
    expect(await db().emailChangeRequest.count({ where: { userId: user.id } })).toBe(MAX_EMAIL_CHANGES_PER_HOUR);
  });
});
