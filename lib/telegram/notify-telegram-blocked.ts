import "server-only";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send-mail";
import { stableMessageId } from "@/lib/mail/stable-message-id";
import { noticeEmail } from "@/lib/mail/templates/notice-email";
import { chatTexts } from "./chat-texts";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("telegram");

/**
 * Tells the user by email that Telegram was disconnected because the bot was blocked. Best effort: logged, never thrown.
 * Named by the reminder that found the bot blocked.
 */
export async function notifyTelegramBlocked(owner: { email: string; locale: string; timeZone: string }, reminderId: string): Promise<void> {
  const locale = toLocale(owner.locale);
  const { t } = await chatTexts(locale, owner.timeZone);
  const message = noticeEmail({
    to: owner.email,
    locale,
    subject: t("telegram.blockedMail.subject"),
    paragraphs: [t("telegram.blockedMail.body"), `${t("telegram.blockedMail.again")} ${serverEnv().APP_URL}/account#telegram`],
  });
  await sendMail({ ...message, messageId: stableMessageId("telegram-blocked", reminderId) }).catch((error: unknown) => {
    log.warn(`the blocked-bot notice was not sent: ${error instanceof Error ? error.message : String(error)}`);
  });
}
