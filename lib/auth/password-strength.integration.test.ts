import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser, uniqueEmail } from "@/test/support/factories";
import { authenticateUser } from "./authenticate-user";
import { changePassword } from "./change-password";
import { createUser } from "./create-user";
import { generateResetToken } from "./reset-token";
import { resetPassword } from "./reset-password";

const weak = { key: "auth.passwordWeak" };

describe("password strength on every path that sets a password", () => {
  it("refuses a weak password at sign-up and writes no account", async () => {
    const email = uniqueEmail("weak");
    await expect(createUser({ email, password: "12345678" })).rejects.toMatchObject({ ...weak, field: "password" });
    await expect(createUser({ email, password: email })).rejects.toMatchObject(weak);
    expect(await db().user.count({ where: { email } })).toBe(0);
    await expect(createUser({ email, password: "a long enough password" })).resolves.toMatchObject({ email });
  });

  it("refuses a weak new password on change and keeps the old one", async () => {
    const user = await createTestUser();
    await expect(changePassword(user.id, { currentPassword: user.password, newPassword: "password" })).rejects.toMatchObject({
      ...weak,
      field: "newPassword",
    });
    expect((await authenticateUser({ email: user.email, password: user.password, ip: "x" })).ok).toBe(true);
  });

  it("refuses a weak password from a reset link, and the link still works for a good one", async () => {
    const user = await createTestUser();
    const { token, tokenHash } = generateResetToken();
    await db().passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) } });

    await expect(resetPassword({ token, password: user.email.split("@")[0]! })).rejects.toMatchObject(weak);
    expect((await authenticateUser({ email: user.email, password: user.password, ip: "x" })).ok).toBe(true);

    await resetPassword({ token, password: "brand new password" });
    expect((await authenticateUser({ email: user.email, password: "brand new password", ip: "x" })).ok).toBe(true);
  });
});
