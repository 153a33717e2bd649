import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { defineJob } from "@/lib/jobs/define-job";
import { sendMail } from "@/lib/mail/send-mail";
import { stableMessageId } from "@/lib/mail/stable-message-id";
import { verificationEmail } from "@/lib/mail/templates/verification-email";
import { generateResetToken } from "./reset-token";
import { LINK_MAIL_RETRY } from "./link-mail-retry";

export const VERIFICATION_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** Made in the worker, like the reset link, so the queue never holds the token: the payload is the account id. */
export const sendVerificationEmailJob = defineJob({
  name: "auth.send-verification-email",
  payload: z.object({ userId: z.string().min(1) }),
  retry: LINK_MAIL_RETRY,
  sendsMail: true,
  async handler({ userId }, { jobId }) {
    await sendVerificationEmail(userId, new Date(), jobId);
  },
});

/**
 * The job's id names the message: a retry brings a new link, but the earlier ones stay good
 * until one is used, so whichever copy the inbox keeps works. Outside a job the token's row names it.
 */
export async function sendVerificationEmail(userId: string, now = new Date(), jobId?: string): Promise<"sent" | "skipped"> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, locale: true, emailVerified: true } });
  if (!user || user.emailVerified) return "skipped";
  const { token, tokenHash } = generateResetToken();
  const created = await db().emailVerificationToken.create({
    data: { userId, email: user.email, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + VERIFICATION_TOKEN_TTL_MS) },
    select: { id: true },
  });
  const locale = toLocale(user.locale);
  await sendMail({
    ...verificationEmail({
      to: user.email,
      locale,
      messages: await loadMessages(locale),
      link: `${serverEnv().APP_URL}/verify-email?token=${encodeURIComponent(token)}`,
      expiresInHours: VERIFICATION_TOKEN_TTL_MS / 3_600_000,
    }),
    messageId: stableMessageId("verification", jobId ?? created.id),
  });
  return "sent";
}
