import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { defineJob } from "@/lib/jobs/define-job";
import { sendMail } from "@/lib/mail/send-mail";
import { stableMessageId } from "@/lib/mail/stable-message-id";
import { signUpAttemptEmail } from "@/lib/mail/templates/sign-up-attempt-email";
import { takeAllowance } from "./take-allowance";
import { LINK_MAIL_RETRY } from "./link-mail-retry";

export const sendSignUpAttemptEmailJob = defineJob({
  name: "auth.send-sign-up-attempt-email",
  payload: z.object({ userId: z.string().min(1) }),
  retry: LINK_MAIL_RETRY,
  sendsMail: true,
  async handler({ userId }, { jobId }) {
    await sendSignUpAttemptEmail(userId, new Date(), jobId);
  },
});

/**
 * Tells the owner of a taken address that someone tried to sign up with it; a few a day at most.
 * The job's id names the message, so its retries are one message; a call outside a job is its own.
 */
export async function sendSignUpAttemptEmail(userId: string, now = new Date(), jobId: string = randomUUID()): Promise<"sent" | "skipped"> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, locale: true } });
  if (!user) return "skipped";
  // Named by the job: a retry after a failed send is the same notice, not another of the day's few.
  if ((await takeAllowance("sign-up-notice", userId, now, jobId)) !== null) return "skipped";
  const locale = toLocale(user.locale);
  const appUrl = serverEnv().APP_URL;
  await sendMail({
    ...signUpAttemptEmail({
      to: user.email,
      locale,
      messages: await loadMessages(locale),
      signInLink: `${appUrl}/sign-in`,
      resetLink: `${appUrl}/forgot-password`,
    }),
    messageId: stableMessageId("sign-up-attempt", jobId),
  });
  return "sent";
}
