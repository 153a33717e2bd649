import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestSession, createTestUser } from "@/test/support/factories";
import { authenticateUser } from "./authenticate-user";
import { changePassword } from "./change-password";
import { LOGIN_THROTTLE } from "./login-throttle";
import { UserError } from "@/lib/http/user-error";

describe("changePassword", () => {
  it("changes the password and signs out every other session of that user only", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const current = await createTestSession(user.id);
    await createTestSession(user.id);
    await createTestSession(other.id);

    await changePassword(user.id, {
      currentPassword: user.password,
      newPassword: "a fresh password",
      keepSessionToken: current.sessionToken,
    });

    const left = await db().session.findMany({ where: { userId: user.id } });
    expect(left.map((session) => session.sessionToken)).toEqual([current.sessionToken]);
    expect(await db().session.count({ where: { userId: other.id } })).toBe(1);
    expect((await authenticateUser({ email: user.email, password: "a fresh password", ip: "x" })).ok).toBe(true);
    expect((await authenticateUser({ email: other.email, password: other.password, ip: "y" })).ok).toBe(true);
  });

  it("refuses a wrong current password and keeps everything as it was", async () => {
    const user = await createTestUser();
    await createTestSession(user.id);
    const before = await db().user.findUniqueOrThrow({ where: { id: user.id } });

    const attempt = changePassword(user.id, { currentPassword: "not my password", newPassword: "a fresh password" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ field: "currentPassword" });

    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before.passwordHash);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("throttles guessing the current password", async () => {
    const user = await createTestUser();
    for (let i = 0; i < LOGIN_THROTTLE.maxReauthPerUser; i += 1) {
      await expect(
        changePassword(user.id, { currentPassword: `guess ${i}`, newPassword: "a fresh password" }),
      ).rejects.toThrow("auth.currentPasswordWrong");
    }
    await expect(
      changePassword(user.id, { currentPassword: user.password, newPassword: "a fresh password" }),
    ).rejects.toThrow("auth.tooManyAttempts");
  });
});
