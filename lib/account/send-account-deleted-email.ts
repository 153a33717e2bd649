import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { defineJob } from "@/lib/jobs/define-job";
import { sendMail } from "@/lib/mail/send-mail";
import { accountDeletedEmail } from "@/lib/mail/templates/account-deleted-email";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";

/** The goodbye email after an account is deleted; the payload is the notice's id, never the address. */
export const sendAccountDeletedEmailJob = defineJob({
  name: "account.send-deleted-email",
  payload: z.object({ noticeId: z.string().min(1) }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  async handler({ noticeId }) {
    await sendAccountDeletedEmail(noticeId);
  },
});

/**
 * Sends the email, then deletes the notice: the address is kept no longer
 * than it takes to say goodbye. A notice already gone (a retry after success)
 * sends nothing.
 */
export async function sendAccountDeletedEmail(noticeId: string): Promise<"sent" | "skipped"> {
  const notice = await db().accountDeletedNotice.findUnique({ where: { id: noticeId }, select: { email: true, locale: true } });
  if (!notice) return "skipped";
  const locale = toLocale(notice.locale);
  const t = await getTranslator(locale, DEFAULT_TIME_ZONE);
  await sendMail(
    accountDeletedEmail({
      to: notice.email,
      locale,
      subject: t("accountData.email.subject"),
      paragraphs: [t("accountData.email.deleted"), t("accountData.email.whatWasDeleted"), t("accountData.email.notYou")],
    }),
  );
  await db().accountDeletedNotice.deleteMany({ where: { id: noticeId } });
  return "sent";
}
