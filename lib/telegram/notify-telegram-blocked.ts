import "server-only";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send-mail";
import { noticeEmail } from "@/lib/mail/templates/notice-email";
import { chatTexts } from "./chat-texts";

/** Tells the user by email that Telegram was disconnected because the bot was blocked. Best effort: logged, never thrown. */
export async function notifyTelegramBlocked(owner: { email: string; locale: string; timeZone: string }): Promise<void> {
  const locale = toLocale(owner.locale);
  const { t } = await chatTexts(locale, owner.timeZone);
  const message = noticeEmail({
    to: owner.email,
    locale,
    subject: t("telegram.blockedMail.subject"),
    paragraphs: [t("telegram.blockedMail.body"), `${t("telegram.blockedMail.again")} ${serverEnv().APP_URL}/account#telegram`],
  });
  await sendMail(message).catch((error: unknown) => {
    console.warn(`[telegram] the blocked-bot notice was not sent: ${error instanceof Error ? error.message : String(error)}`);
  });
}
