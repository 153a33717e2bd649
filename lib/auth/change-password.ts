import "server-only";
import { db } from "@/lib/db/client";
import { checkLoginThrottle } from "./check-login-throttle";
import { checkPasswordStrength } from "./check-password-strength";
import { hashPassword } from "./hash-password";
import { minutesUntil, reauthThrottleKeys } from "./login-throttle";
import { recordLoginFailure } from "./record-login-failure";
import { verifyPassword } from "./verify-password";
import { UserError } from "@/lib/http/user-error";

/**
 * Changes the acting user's password after checking the current one, and signs
 * out every other session. Wrong current passwords count towards the account's
 * sign-in throttle, so a stolen session cannot guess it.
 */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string; keepSessionToken?: string },
  now = new Date(),
): Promise<void> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new UserError("auth.accountNotFound");

  const keys = reauthThrottleKeys(userId);
  const retryAt = await checkLoginThrottle(keys, now);
  if (retryAt) {
    throw new UserError("auth.tooManyAttempts", { field: "currentPassword", values: { minutes: minutesUntil(retryAt, now) } });
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordLoginFailure(keys, now);
    throw new UserError("auth.currentPasswordWrong", { field: "currentPassword" });
  }

  checkPasswordStrength(input.newPassword, user, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    // Conditional on the hash we checked: a concurrent change wins, this one fails.
    const updated = await tx.user.updateMany({
      where: { id: userId, passwordHash: user.passwordHash },
      data: { passwordHash },
    });
    if (updated.count !== 1) throw new UserError("auth.passwordChangedElsewhere");
    await tx.session.deleteMany({
      where: { userId, ...(input.keepSessionToken ? { sessionToken: { not: input.keepSessionToken } } : {}) },
    });
    // A move to another email asked with the old password must not outlive it.
    await tx.emailChangeRequest.deleteMany({ where: { userId } });
  });
}
