import "server-only";
import { db } from "@/lib/db/client";
import { checkPasswordStrength } from "./check-password-strength";
import { hashPassword } from "./hash-password";
import { accountAndIpPrefix, accountThrottleKey } from "./login-throttle";
import { hashResetToken } from "./reset-token";
import { UserError } from "@/lib/http/user-error";

export const RESET_LINK_INVALID = "auth.resetLinkExpired";

/**
 * Sets a new password from a reset link. Claiming the token and changing the
 * password happen in one transaction, and the claim is a conditional update,
 * so a link works once even when two requests race.
 */
export async function resetPassword(
  input: { token: string; password: string },
  now = new Date(),
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const email = await db().$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash: hashResetToken(input.token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true },
    });
    const userId = claimed[0]?.userId;
    // On the token, not the form: the page then offers a new link in place of a form that cannot work.
    if (!userId) throw new UserError(RESET_LINK_INVALID, { field: "token" });
    // Refused inside the transaction: the claim rolls back and the link still works for a better password.
    checkPasswordStrength(input.password, await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } }));

    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { email: true } });
    // Whoever knew the old password is signed out everywhere, and older links die with it:
    // reset links, a pending move to another email, the calendar feed they may have subscribed to.
    await tx.session.deleteMany({ where: { userId } });
    await tx.emailChangeRequest.deleteMany({ where: { userId } });
    await tx.calendarFeed.deleteMany({ where: { userId } });
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    // The owner proved they hold the address: nothing anyone else tried may keep them out.
    await tx.loginFailure.deleteMany({
      where: { OR: [{ key: accountThrottleKey(user.email) }, { key: { startsWith: accountAndIpPrefix(user.email) } }] },
    });
    return user.email;
  });
  return { email };
}
