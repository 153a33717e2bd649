import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { defineJob } from "@/lib/jobs/define-job";
import { sendMail } from "@/lib/mail/send-mail";
import { stableMessageId } from "@/lib/mail/stable-message-id";
import { passwordResetEmail } from "@/lib/mail/templates/password-reset-email";
import { generateResetToken, RESET_TOKEN_TTL_MS } from "./reset-token";
import { LINK_MAIL_RETRY } from "./link-mail-retry";

/** More than this many links an hour for one account are not sent: it is someone else pressing the button. */
export const MAX_RESET_EMAILS_PER_HOUR = 5;

/**
 * The token is made here, in the worker, so that the queue never holds it:
 * the payload is just the account id.
 */
export const sendPasswordResetEmailJob = defineJob({
  name: "auth.send-password-reset-email",
  payload: z.object({ userId: z.string().min(1) }),
  retry: LINK_MAIL_RETRY,
  sendsMail: true,
  async handler({ userId }) {
    await sendPasswordResetEmail(userId);
  },
});

export async function sendPasswordResetEmail(userId: string, now = new Date()): Promise<"sent" | "skipped"> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, locale: true } });
  if (!user) return "skipped";
  const recent = await db().passwordResetToken.count({
    where: { userId, createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
  });
  if (recent >= MAX_RESET_EMAILS_PER_HOUR) return "skipped";

  const { token, tokenHash } = generateResetToken();
  const created = await db().passwordResetToken.create({
    data: { userId, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
    select: { id: true },
  });
  const link = `${serverEnv().APP_URL}/reset-password?token=${encodeURIComponent(token)}`;
  const locale = toLocale(user.locale);
  try {
    await sendMail({
      ...passwordResetEmail({
        to: user.email,
        locale,
        messages: await loadMessages(locale),
        link,
        expiresInMinutes: RESET_TOKEN_TTL_MS / 60_000,
      }),
      // Named by its link, not by the job: a retry's link is a new one (this one is deleted below), and an
      // inbox that merged the two by Message-ID could keep the dead link (docs/decisions/023).
      messageId: stableMessageId("password-reset", created.id),
    });
  } catch (error) {
    // A link nobody received must not count against the hourly limit: the job's retries
    // during a mail outage would otherwise use it up, and the email would never come.
    await db().passwordResetToken.deleteMany({ where: { id: created.id } });
    throw error;
  }
  return "sent";
}
