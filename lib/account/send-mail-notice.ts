import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/locales";
import { getIntlFormatter, getTranslator } from "@/lib/i18n/translator";
import { defineJob } from "@/lib/jobs/define-job";
import { sendMail } from "@/lib/mail/send-mail";
import { stableMessageId } from "@/lib/mail/stable-message-id";
import { noticeEmail } from "@/lib/mail/templates/notice-email";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";

/** An email to an address the account no longer has; the payload is the notice's id, never the address. */
export const sendMailNoticeJob = defineJob({
  name: "account.send-mail-notice",
  payload: z.object({ noticeId: z.string().min(1) }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  sendsMail: true,
  async handler({ noticeId }) {
    await sendMailNotice(noticeId);
  },
});

/**
 * Sends the notice, then deletes it: the address is kept no longer than it
 * takes to tell them. A notice already gone (a retry after success) sends nothing.
 */
export async function sendMailNotice(noticeId: string): Promise<"sent" | "skipped"> {
  const notice = await db().mailNotice.findUnique({
    where: { id: noticeId },
    select: { kind: true, email: true, locale: true, createdAt: true },
  });
  if (!notice) return "skipped";
  const locale = toLocale(notice.locale);
  const t = await getTranslator(locale, DEFAULT_TIME_ZONE);
  const message =
    notice.kind === "ACCOUNT_DELETED"
      ? {
          subject: t("accountData.email.subject"),
          paragraphs: [t("accountData.email.deleted"), t("accountData.email.whatWasDeleted"), t("accountData.email.notYou")],
        }
      : {
          subject: t("account.emailChangedMail.subject"),
          paragraphs: [
            t("account.emailChangedMail.changed", { date: getIntlFormatter(locale, DEFAULT_TIME_ZONE).dateTime(notice.createdAt, "long") }),
            t("account.emailChangedMail.ifYou"),
            t("account.emailChangedMail.ifNotYou"),
          ],
        };
  // Named by the notice: a retry, or the sweep sending it again, is the same message.
  await sendMail({ ...noticeEmail({ to: notice.email, locale, ...message }), messageId: stableMessageId("notice", noticeId) });
  await db().mailNotice.deleteMany({ where: { id: noticeId } });
  return "sent";
}
