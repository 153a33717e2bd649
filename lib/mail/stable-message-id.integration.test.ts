import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { sendMailNoticeJob } from "@/lib/account/send-mail-notice";
import { sendPasswordResetEmailJob } from "@/lib/auth/send-password-reset-email";
import { sendSignUpAttemptEmailJob } from "@/lib/auth/send-sign-up-attempt-email";
import { sendVerificationEmailJob } from "@/lib/auth/send-verification-email";
import { db } from "@/lib/db/client";
import { createTestUser, uniqueEmail } from "@/test/support/factories";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";
import { stableMessageId } from "./stable-message-id";

const smtp = await startScriptableSmtpServer();
process.env.SMTP_URL = smtp.url;
afterAll(() => smtp.stop());
beforeEach(() => {
  smtp.received.length = 0;
  smtp.refused.length = 0;
});

/** Runs a job's handler as pg-boss would: the first attempt meets a "try again later", the retry gets through. */
async function failThenRetry(run: (context: { jobId: string; attempt: number }) => Promise<void>, jobId: string) {
  smtp.refuseNext(451);
  await expect(run({ jobId, attempt: 1 })).rejects.toMatchObject({ responseCode: 451 });
  await run({ jobId, attempt: 2 });
  expect(smtp.refused).toHaveLength(1);
  expect(smtp.received).toHaveLength(1);
  return { first: smtp.refused[0]!, retried: smtp.received[0]! };
}

describe("Message-IDs of account mail", () => {
  it("stay the same when a verification email is retried, and differ between jobs and users", async () => {
    const user = await createTestUser({ verified: false });
    const { first, retried } = await failThenRetry((context) => sendVerificationEmailJob.handler({ userId: user.id }, context), "job-1");
    expect(retried.messageId).toBe(first.messageId);
    expect(retried.messageId).toBe("<verification-job-1@localhost>");

    // "Send the link again" is a new job: a new message.
    await sendVerificationEmailJob.handler({ userId: user.id }, { jobId: "job-2", attempt: 1 });
    const other = await createTestUser({ verified: false });
    await sendVerificationEmailJob.handler({ userId: other.id }, { jobId: "job-3", attempt: 1 });
    expect(new Set(smtp.received.map((mail) => mail.messageId)).size).toBe(3);
  });

  it("stay the same when a notice or a sign-up-attempt email is retried", async () => {
    const notice = await db().mailNotice.create({ data: { kind: "EMAIL_CHANGED", email: uniqueEmail("old"), locale: "en" } });
    const noticeMail = await failThenRetry((context) => sendMailNoticeJob.handler({ noticeId: notice.id }, context), "job-n");
    expect(noticeMail.retried.messageId).toBe(noticeMail.first.messageId);
    expect(noticeMail.retried.messageId).toBe(`<notice-${notice.id}@localhost>`);

    smtp.received.length = 0;
    smtp.refused.length = 0;
    const owner = await createTestUser();
    const attempt = await failThenRetry((context) => sendSignUpAttemptEmailJob.handler({ userId: owner.id }, context), "job-s");
    expect(attempt.retried.messageId).toBe(attempt.first.messageId);
  });

  it("follow the link in a password reset: the retry's link is a new one, and so is its Message-ID", async () => {
    const user = await createTestUser();
    const { first, retried } = await failThenRetry((context) => sendPasswordResetEmailJob.handler({ userId: user.id }, context), "job-r");
    // The text part is quoted-printable: soft line breaks out, "=" is "=3D".
    const link = (raw: string) => /reset-password\?token=(?:3D)?([\w.%-]+)/.exec(raw.replace(/=\r\n/g, ""))![1];
    expect(link(retried.raw)).not.toBe(link(first.raw));
    // The refused link was deleted; the one that went out names the message.
    const [token] = await db().passwordResetToken.findMany({ where: { userId: user.id } });
    expect(retried.messageId).toBe(`<password-reset-${token!.id}@localhost>`);
    expect(retried.messageId).not.toBe(first.messageId);
  });

  it("are made of characters a Message-ID may hold, whatever the id", () => {
    expect(stableMessageId("notice", "a b<c>@d\r\n")).toBe("<notice-a_b_c__d__@localhost>");
  });
});
