import "server-only";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { checkLoginThrottle } from "./check-login-throttle";
import { reauthThrottleKeys } from "./login-throttle";
import { normalizeEmail } from "./normalize-email";
import { recordLoginFailure } from "./record-login-failure";
import { generateResetToken } from "./reset-token";
import { EMAIL_CHANGE_TTL_MS, sendEmailChangeLinkJob } from "./send-email-change-link";
import { verifyPassword } from "./verify-password";
import { UserError } from "@/lib/http/user-error";

/** More requests than this an hour for one account are refused: nobody needs that many addresses. */
export const MAX_EMAIL_CHANGES_PER_HOUR = 5;

/**
 * Asks to move the account to a new address: checks the password, records the
 * pending address, and queues the confirmation link to it. Nothing changes
 * until the link is used. Wrong passwords count towards the sign-in throttle,
 * so a stolen session cannot guess it.
 */
export async function requestEmailChange(
  userId: string,
  input: { newEmail: string; password: string },
  now = new Date(),
): Promise<void> {
  const newEmail = normalizeEmail(input.newEmail);
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new UserError("account.notFound");

  const keys = reauthThrottleKeys(userId);
  if (await checkLoginThrottle(keys, now)) throw new UserError("account.tooManyAttempts", { field: "password" });
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordLoginFailure(keys, now);
    throw new UserError("account.passwordWrong", { field: "password" });
  }

  if (newEmail === user.email) throw new UserError("account.emailUnchanged", { field: "newEmail" });

  // One request at a time per account (an advisory lock for the transaction), so the hourly limit holds
  // against parallel submits.
  const request = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`email-change:${userId}`}, 0))`;
    // Checked again, by the unique index, when the link is used.
    if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } })) {
      throw new UserError("account.emailUnavailable", { field: "newEmail" });
    }
    const recent = await tx.emailChangeRequest.count({
      where: { userId, createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
    });
    if (recent >= MAX_EMAIL_CHANGES_PER_HOUR) throw new UserError("account.tooManyEmailChanges", { field: "newEmail" });
    // The row needs a unique hash before the worker makes the real token; this one belongs to no link.
    const { tokenHash } = generateResetToken();
    return tx.emailChangeRequest.create({
      data: { userId, newEmail, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + EMAIL_CHANGE_TTL_MS) },
      select: { id: true },
    });
  });
  try {
    await enqueueJob(sendEmailChangeLinkJob, { requestId: request.id });
  } catch (error) {
    // No link will ever be sent for it: take the request back, so it neither lingers nor counts.
    await db().emailChangeRequest.deleteMany({ where: { id: request.id } });
    throw error;
  }
}
