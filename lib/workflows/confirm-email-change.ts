import "server-only";
import { db } from "@/lib/db/client";
import { sendMailNoticeJob } from "@/lib/account/send-mail-notice";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { normalizeEmail } from "@/lib/auth/normalize-email";
import { hashResetToken } from "@/lib/auth/reset-token";
import { UserError } from "@/lib/http/user-error";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("account");

/**
 * Moves the account to the address the link was sent to. The link proves that
 * address, so no session is needed; the request row names the one account it
 * may change. The user's other pending requests die with it, and so do the
 * sessions and reset links of the old address; the old address is told (a
 * notice, as the account may have been moved by someone who knew the password).
 */
export async function confirmEmailChange(token: string, now = new Date()): Promise<{ email: string }> {
  let changed: { email: string; noticeId: string };
  try {
    changed = await db().$transaction(async (tx) => {
      const request = await tx.emailChangeRequest.findUnique({
        where: { tokenHash: hashResetToken(token) },
        select: { id: true, userId: true, newEmail: true, expiresAt: true },
      });
      if (!request || request.expiresAt <= now) throw new UserError("account.emailLinkInvalid");
      // Deleting is the claim: of two clicks racing, only one deletes the row.
      const claimed = await tx.emailChangeRequest.deleteMany({ where: { id: request.id } });
      if (claimed.count !== 1) throw new UserError("account.emailLinkInvalid");

      const before = await tx.user.findUniqueOrThrow({ where: { id: request.userId }, select: { email: true, locale: true } });
      const user = await tx.user.update({
        where: { id: request.userId },
        data: { email: normalizeEmail(request.newEmail), emailVerified: now, emailRefusedAt: null },
        select: { email: true },
      });
      const userId = request.userId;
      await tx.emailChangeRequest.deleteMany({ where: { userId } });
      await tx.session.deleteMany({ where: { userId } });
      await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
      await tx.loginFailure.deleteMany({ where: { key: `email:${before.email}` } });
      const notice = await tx.mailNotice.create({
        data: { kind: "EMAIL_CHANGED", email: before.email, locale: before.locale, createdAt: now },
        select: { id: true },
      });
      return { email: user.email, noticeId: notice.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("account.emailTaken");
    throw error;
  }
  try {
    await enqueueJob(sendMailNoticeJob, { noticeId: changed.noticeId });
  } catch (error) {
    // The change stands; lib/account/sweep-mail-notices.ts sends the notice later.
    log.warn(`email-changed notice ${changed.noticeId} not queued: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { email: changed.email };
}
