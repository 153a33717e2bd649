import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";
import { createTestUser, uniqueEmail } from "@/test/support/factories";
import { registerAccount } from "./register-account";
import { requestVerificationEmail } from "./request-verification-email";
import { sendSignUpAttemptEmail, sendSignUpAttemptEmailJob } from "./send-sign-up-attempt-email";
import { sendVerificationEmail, sendVerificationEmailJob, VERIFICATION_TOKEN_TTL_MS } from "./send-verification-email";
import { ALLOWANCES } from "./take-allowance";
import { VERIFY_LINK_INVALID, verifyEmail } from "./verify-email";
import { testDatabaseUrl, testMailDir } from "@/test/support/test-env";

const client = new pg.Client({ connectionString: testDatabaseUrl() });
await client.connect();
afterAll(() => client.end());

async function queued(name: string) {
  const { rows } = await client.query<{ data: unknown }>("SELECT data FROM pgboss.job WHERE name = $1", [name]);
  return rows.map((row) => row.data);
}

async function tokenFromEmail(to: string): Promise<string> {
  const [mail] = await readCaughtMail(testMailDir(), { to, limit: 1 });
  expect(mail?.subject).toBe("Confirm your email address for Simcase");
  const link = /http:\/\/localhost:3000\/verify-email\?token=([\w-]+)/.exec(mail!.text);
  expect(link).not.toBeNull();
  return decodeURIComponent(link![1]!);
}

const verifiedAt = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).emailVerified;

describe("sign-up", () => {
  it("makes an unconfirmed account and queues its confirmation link, carrying only the account id", async () => {
    const email = uniqueEmail("new");
    await registerAccount({ email, password: "a long enough password" });
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).toBeNull();
    expect(await queued(sendVerificationEmailJob.name)).toEqual([{ userId: user.id }]);
    expect(await queued(sendSignUpAttemptEmailJob.name)).toEqual([]);
  });

  it("answers a taken address the same way, changes nothing, and tells its owner by email", async () => {
    const owner = await createTestUser();
    const before = await db().user.findUniqueOrThrow({ where: { id: owner.id } });
    await expect(registerAccount({ email: owner.email.toUpperCase(), password: "someone else's password" })).resolves.toBeUndefined();
    expect(await db().user.findUniqueOrThrow({ where: { id: owner.id } })).toEqual(before);
    expect(await queued(sendVerificationEmailJob.name)).toEqual([]);
    expect(await queued(sendSignUpAttemptEmailJob.name)).toEqual([{ userId: owner.id }]);

    expect(await sendSignUpAttemptEmail(owner.id)).toBe("sent");
    const [mail] = await readCaughtMail(testMailDir(), { to: owner.email, limit: 1 });
    expect(mail?.subject).toBe("Someone tried to sign up to Simcase with your address");
    expect(mail?.text).toContain("http://localhost:3000/sign-in");
    expect(mail?.text).toContain("http://localhost:3000/forgot-password");
    // Not a way to flood someone's inbox.
    for (let i = 1; i < ALLOWANCES["sign-up-notice"].max; i += 1) await sendSignUpAttemptEmail(owner.id);
    expect(await sendSignUpAttemptEmail(owner.id)).toBe("skipped");
  });

  it("counts a retried notice once: the same job may send it again, a new one is still refused past the allowance", async () => {
    const owner = await createTestUser();
    const { max } = ALLOWANCES["sign-up-notice"];
    for (let i = 0; i < max; i += 1) expect(await sendSignUpAttemptEmail(owner.id, new Date(), "job-1")).toBe("sent");
    expect(await db().loginFailure.count({ where: { key: `sign-up-notice:${owner.id}` } })).toBe(1);
    for (let i = 2; i <= max; i += 1) expect(await sendSignUpAttemptEmail(owner.id, new Date(), `job-${i}`)).toBe("sent");
    expect(await sendSignUpAttemptEmail(owner.id, new Date(), "job-new")).toBe("skipped");
    // Another user's notices are counted apart.
    const other = await createTestUser();
    expect(await sendSignUpAttemptEmail(other.id, new Date(), "job-1")).toBe("sent");
  });
});

describe("confirming the address", () => {
  it("happy path: the emailed link confirms the address once; only its hash is stored", async () => {
    const user = await createTestUser({ verified: false });
    expect(await sendVerificationEmail(user.id)).toBe("sent");
    const token = await tokenFromEmail(user.email);
    const stored = await db().emailVerificationToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(VERIFICATION_TOKEN_TTL_MS);

    expect(await verifyEmail(token)).toEqual({ email: user.email });
    expect(await verifiedAt(user.id)).toBeInstanceOf(Date);
    // Confirmed: no more links are sent.
    expect(await sendVerificationEmail(user.id)).toBe("skipped");
  });

  it("bad: a reused link, an expired one or a made-up one is refused and confirms nothing", async () => {
    const user = await createTestUser({ verified: false });
    const now = new Date();
    await sendVerificationEmail(user.id, now);
    const token = await tokenFromEmail(user.email);
    await expect(verifyEmail(token, new Date(now.getTime() + VERIFICATION_TOKEN_TTL_MS + 1000))).rejects.toThrow(VERIFY_LINK_INVALID);
    await expect(verifyEmail("x".repeat(43))).rejects.toThrow(VERIFY_LINK_INVALID);
    expect(await verifiedAt(user.id)).toBeNull();

    await verifyEmail(token, now);
    await expect(verifyEmail(token, now)).rejects.toThrow(VERIFY_LINK_INVALID);
  });

  it("another user: a link confirms only the account and the address it was sent to", async () => {
    const mine = await createTestUser({ verified: false });
    const theirs = await createTestUser({ verified: false });
    await sendVerificationEmail(mine.id);
    const token = await tokenFromEmail(mine.email);
    await verifyEmail(token);
    expect(await verifiedAt(mine.id)).toBeInstanceOf(Date);
    expect(await verifiedAt(theirs.id)).toBeNull();

    // A link sent before the account moved to another address does not confirm the new one.
    await sendVerificationEmail(theirs.id);
    const stale = await tokenFromEmail(theirs.email);
    await db().user.update({ where: { id: theirs.id }, data: { email: uniqueEmail("moved") } });
    await expect(verifyEmail(stale)).rejects.toThrow(VERIFY_LINK_INVALID);
    expect(await verifiedAt(theirs.id)).toBeNull();
  });

  it("sends the link again a few times an hour, and never to a confirmed address", async () => {
    const user = await createTestUser({ verified: false });
    for (let i = 0; i < ALLOWANCES["verification-email"].max; i += 1) await requestVerificationEmail(user.id);
    expect(await queued(sendVerificationEmailJob.name)).toHaveLength(ALLOWANCES["verification-email"].max);
    await expect(requestVerificationEmail(user.id)).rejects.toMatchObject({ key: "auth.verifyResendWait", values: { minutes: 60 } });

    const confirmed = await createTestUser();
    await requestVerificationEmail(confirmed.id);
    expect(await queued(sendVerificationEmailJob.name)).toHaveLength(ALLOWANCES["verification-email"].max);
  });
});
