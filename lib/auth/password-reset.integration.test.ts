import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";
import { createTestSession, createTestUser } from "@/test/support/factories";
import { authenticateUser } from "./authenticate-user";
import { LOGIN_THROTTLE } from "./login-throttle";
import { RESET_LINK_INVALID, resetPassword } from "./reset-password";
import { MAX_RESET_EMAILS_PER_HOUR, sendPasswordResetEmail } from "./send-password-reset-email";
import { testMailDir } from "@/test/support/test-env";
import { UserError } from "@/lib/http/user-error";

async function tokenFromEmail(to: string): Promise<string> {
  const [mail] = await readCaughtMail(testMailDir(), { to, limit: 1 });
  expect(mail?.subject).toBe("Reset your Simcase password");
  const link = /http:\/\/localhost:3000\/reset-password\?token=([\w-]+)/.exec(mail!.text);
  expect(link).not.toBeNull();
  return decodeURIComponent(link![1]!);
}

describe("password reset", () => {
  it("emails a link that sets a new password once and signs out every session", async () => {
    const user = await createTestUser();
    await createTestSession(user.id);
    expect(await sendPasswordResetEmail(user.id)).toBe("sent");
    const token = await tokenFromEmail(user.email);

    // Only a hash of the token is stored.
    const stored = await db().passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);

    await resetPassword({ token, password: "brand new password" });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect((await authenticateUser({ email: user.email, password: "brand new password", ip: "x" })).ok).toBe(true);
    expect((await authenticateUser({ email: user.email, password: user.password, ip: "x" })).ok).toBe(false);

    await expect(resetPassword({ token, password: "a third password" })).rejects.toThrow(RESET_LINK_INVALID);
    expect((await authenticateUser({ email: user.email, password: "brand new password", ip: "x" })).ok).toBe(true);
  });

  it("always lets the owner back in, however locked their account was by others", async () => {
    const user = await createTestUser();
    const ownerIp = "203.0.113.80";
    // Failures from the owner's own address (someone on the same network) and from all over.
    for (let i = 0; i < LOGIN_THROTTLE.maxPerAccountAndIp; i += 1) {
      await authenticateUser({ email: user.email, password: `guess ${i}`, ip: ownerIp });
      await authenticateUser({ email: user.email, password: `guess ${i}`, ip: `198.18.2.${i}` });
    }
    const locked = await authenticateUser({ email: user.email, password: user.password, ip: ownerIp });
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });

    await sendPasswordResetEmail(user.id);
    await resetPassword({ token: await tokenFromEmail(user.email), password: "brand new password" });
    expect((await authenticateUser({ email: user.email, password: "brand new password", ip: ownerIp })).ok).toBe(true);
  });

  it("refuses a link older than an hour and leaves the password alone", async () => {
    const user = await createTestUser();
    const sentAt = new Date();
    await sendPasswordResetEmail(user.id, sentAt);
    const token = await tokenFromEmail(user.email);
    const before = await db().user.findUniqueOrThrow({ where: { id: user.id } });

    const late = new Date(sentAt.getTime() + 60 * 60 * 1000 + 1000);
    await expect(resetPassword({ token, password: "too late password" }, late)).rejects.toBeInstanceOf(UserError);

    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
  });

  it("refuses a made-up token and changes nothing", async () => {
    const user = await createTestUser();
    const before = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    // On the token field: the page swaps the form for a way to a new link.
    await expect(resetPassword({ token: "x".repeat(43), password: "whatever password" })).rejects.toMatchObject({
      key: RESET_LINK_INVALID,
      field: "token",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before.passwordHash);
  });

  it("changes only the account the link was sent to", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    await createTestSession(other.id);
    const otherBefore = await db().user.findUniqueOrThrow({ where: { id: other.id } });

    await sendPasswordResetEmail(owner.id);
    await resetPassword({ token: await tokenFromEmail(owner.email), password: "owner new password" });

    const otherAfter = await db().user.findUniqueOrThrow({ where: { id: other.id } });
    expect(otherAfter.passwordHash).toBe(otherBefore.passwordHash);
    expect(await db().session.count({ where: { userId: other.id } })).toBe(1);
  });

  it("voids older links when one is used", async () => {
    const user = await createTestUser();
    await sendPasswordResetEmail(user.id);
    const first = await tokenFromEmail(user.email);
    await sendPasswordResetEmail(user.id);
    const second = await tokenFromEmail(user.email);
    expect(second).not.toBe(first);

    await resetPassword({ token: second, password: "second link password" });
    await expect(resetPassword({ token: first, password: "first link password" })).rejects.toThrow(RESET_LINK_INVALID);
  });

  it("stops sending after a few emails an hour for one account", async () => {
    const user = await createTestUser();
    for (let i = 0; i < MAX_RESET_EMAILS_PER_HOUR; i += 1) expect(await sendPasswordResetEmail(user.id)).toBe("sent");
    expect(await sendPasswordResetEmail(user.id)).toBe("skipped");
    expect(await readCaughtMail(testMailDir(), { to: user.email })).toHaveLength(MAX_RESET_EMAILS_PER_HOUR);
  });
});
