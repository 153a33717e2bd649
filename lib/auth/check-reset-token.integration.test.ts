import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";
import { createTestUser } from "@/test/support/factories";
import { testMailDir } from "@/test/support/test-env";
import { checkResetToken } from "./check-reset-token";
import { resetPassword } from "./reset-password";
import { RESET_TOKEN_TTL_MS } from "./reset-token";
import { sendPasswordResetEmail } from "./send-password-reset-email";

async function newLink(userId: string, email: string, sentAt = new Date()): Promise<string> {
  await sendPasswordResetEmail(userId, sentAt);
  const [mail] = await readCaughtMail(testMailDir(), { to: email, limit: 1 });
  return decodeURIComponent(/\/reset-password\?token=([\w-]+)/.exec(mail!.text)![1]!);
}

describe("checking a reset link", () => {
  it("says yes to a fresh link, as often as it is opened, and leaves it working", async () => {
    const user = await createTestUser();
    const token = await newLink(user.id, user.email);

    expect(await checkResetToken(token)).toBe(true);
    expect(await checkResetToken(token)).toBe(true);
    expect((await db().passwordResetToken.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeNull();
    await expect(resetPassword({ token, password: "brand new password" })).resolves.toEqual({ email: user.email });
  });

  it("says no once the link was used, and to older links voided with it", async () => {
    const user = await createTestUser();
    const older = await newLink(user.id, user.email);
    const token = await newLink(user.id, user.email);
    await resetPassword({ token, password: "brand new password" });

    expect(await checkResetToken(token)).toBe(false);
    expect(await checkResetToken(older)).toBe(false);
  });

  it("says no once the hour is over", async () => {
    const user = await createTestUser();
    const sentAt = new Date();
    const token = await newLink(user.id, user.email, sentAt);

    expect(await checkResetToken(token, new Date(sentAt.getTime() + RESET_TOKEN_TTL_MS - 1000))).toBe(true);
    expect(await checkResetToken(token, new Date(sentAt.getTime() + RESET_TOKEN_TTL_MS + 1000))).toBe(false);
  });

  it("says no to a token never issued, of any length", async () => {
    await createTestUser();
    for (const token of ["x".repeat(43), "short", "", "x".repeat(5000)]) expect(await checkResetToken(token), token).toBe(false);
  });
});
