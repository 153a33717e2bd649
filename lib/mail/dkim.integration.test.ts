import { generateKeyPairSync } from "node:crypto";
import { simpleParser } from "mailparser";
import { authenticate } from "mailauth";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { sendMailNotice } from "@/lib/account/send-mail-notice";
import { requestEmailChange } from "@/lib/auth/request-email-change";
import { sendEmailChangeLink } from "@/lib/auth/send-email-change-link";
import { sendPasswordResetEmailJob } from "@/lib/auth/send-password-reset-email";
import { sendSignUpAttemptEmailJob } from "@/lib/auth/send-sign-up-attempt-email";
import { sendVerificationEmailJob } from "@/lib/auth/send-verification-email";
import { db } from "@/lib/db/client";
import { dispatchDueReminders } from "@/lib/reminders/dispatch-due-reminders";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser, uniqueEmail } from "@/test/support/factories";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";

const DOMAIN = "simcase.example";
const SELECTOR = "mail2026";
const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

// Set before the app first reads its environment. The key on one line with "\n" escapes, as env files hold it.
process.env.DKIM_DOMAIN = DOMAIN;
process.env.DKIM_SELECTOR = SELECTOR;
process.env.DKIM_PRIVATE_KEY = privateKey.export({ type: "pkcs8", format: "pem" }).toString().trim().replace(/\n/g, "\\n");
process.env.MAIL_FROM = `Simcase <no-reply@${DOMAIN}>`;
const smtp = await startScriptableSmtpServer();
process.env.SMTP_URL = smtp.url;
afterAll(() => smtp.stop());
beforeEach(() => {
  smtp.received.length = 0;
});

/** The DNS of simcase.example: the public key under its selector, and a strict DMARC policy. */
const TXT = new Map([
  [`${SELECTOR}._domainkey.${DOMAIN}`, `v=DKIM1; k=rsa; p=${publicKey.export({ type: "spki", format: "der" }).toString("base64")}`],
  [`_dmarc.${DOMAIN}`, "v=DMARC1; p=reject"],
]);
function resolver(name: string, rrtype: string): Promise<string[][]> {
  const record = rrtype === "TXT" ? TXT.get(name.toLowerCase()) : undefined;
  if (!record) return Promise.reject(Object.assign(new Error(`${name} ${rrtype}: no such record`), { code: "ENOTFOUND" }));
  // A TXT record is made of strings of at most 255 characters.
  return Promise.resolve([record.match(/.{1,255}/g)!]);
}

/** What a receiving mail server would conclude. */
const check = (raw: string) =>
  authenticate(raw, { resolver, ip: "127.0.0.1", helo: "localhost", sender: `no-reply@${DOMAIN}`, mta: "mx.example.com", disableArc: true, disableBimi: true });

// Monday 4 May 2026, 10:00 in Phnom Penh; the check falls due on Tuesday 5 May, 09:00.
const START = new Date("2026-05-04T03:00:00Z");

async function sendReminder() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "SMART" }, START);
  await changeCaseStatus(user.id, id, { type: "wait", days: 1, counting: "CALENDAR" }, START);
  expect(await dispatchDueReminders({ now: new Date("2026-05-05T03:00:00Z") })).toMatchObject({ sent: 1 });
  return smtp.received.at(-1)!;
}

const job = (id: string) => ({ jobId: id, attempt: 1 });

/** One message of every kind the app sends by email, each through its own path. */
const senders: [string, () => Promise<unknown>][] = [
  ["reminder", sendReminder],
  ["verification", async () => sendVerificationEmailJob.handler({ userId: (await createTestUser({ verified: false })).id }, job("job-v"))],
  ["password-reset", async () => sendPasswordResetEmailJob.handler({ userId: (await createTestUser()).id }, job("job-r"))],
  ["sign-up-attempt", async () => sendSignUpAttemptEmailJob.handler({ userId: (await createTestUser()).id }, job("job-s"))],
  [
    "email-change",
    async () => {
      const user = await createTestUser();
      await requestEmailChange(user.id, { newEmail: uniqueEmail("new"), password: user.password });
      const request = await db().emailChangeRequest.findFirstOrThrow({ where: { userId: user.id } });
      await sendEmailChangeLink(request.id);
    },
  ],
  [
    "notice",
    async () => {
      const notice = await db().mailNotice.create({ data: { kind: "ACCOUNT_DELETED", email: uniqueEmail("gone"), locale: "zh" } });
      await sendMailNotice(notice.id);
    },
  ],
];

describe("DKIM", () => {
  it.each(senders)("signs the %s email, which has a text part, a Date and a Message-ID of ours", async (kind, send) => {
    await send();
    expect(smtp.received).toHaveLength(1);
    const { raw, messageId } = smtp.received[0]!;
    const result = await check(raw);
    expect(result.dkim.results).toHaveLength(1);
    expect(result.dkim.results[0]).toMatchObject({ signingDomain: DOMAIN, selector: SELECTOR, status: { result: "pass", aligned: DOMAIN } });
    // Signed by the From domain: DMARC passes on DKIM alone.
    expect(result.dmarc && result.dmarc.status.result).toBe("pass");

    const parsed = await simpleParser(raw);
    expect(parsed.text?.trim()).not.toBe("");
    expect(parsed.html).toBeTruthy();
    expect(parsed.date?.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(messageId).toMatch(new RegExp(`^<${kind}-[A-Za-z0-9._-]+@localhost>$`));
  });

  it("covers a reminder's one-click unsubscribe headers", async () => {
    const { raw } = await sendReminder();
    expect(raw).toMatch(/^List-Unsubscribe:\s+<http:\/\/localhost:3000\/api\/unsubscribe\?token=[^>]+>/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    const [signature] = (await check(raw)).dkim.results;
    expect(signature!.status.result).toBe("pass");
    const signed = /^DKIM-Signature:[\s\S]*?\bh=([^;]+);/m.exec(raw)![1]!.replace(/\s+/g, "").toLowerCase().split(":");
    expect(signed).toEqual(expect.arrayContaining(["from", "to", "subject", "date", "message-id", "list-unsubscribe", "list-unsubscribe-post"]));
  });

  it("fails a message changed after it was signed", async () => {
    const { raw } = await sendReminder();
    const subject = /^Subject: .*$/m.exec(raw)![0];
    const newSubject = raw.replace(subject, "Subject: Your account is locked, sign in here");
    expect((await check(newSubject)).dkim.results[0]!.status.result).toBe("fail");

    const body = raw.indexOf("\r\n\r\n") + 4;
    const newBody = raw.slice(0, body) + raw.slice(body).replace("http://localhost:3000/cases/", "http://evil.example/cases/");
    expect(newBody).not.toBe(raw);
    const bodyResult = (await check(newBody)).dkim.results[0]!.status;
    expect(bodyResult.result).not.toBe("pass");
    expect(bodyResult.comment).toBe("body hash did not verify");
  });
});
