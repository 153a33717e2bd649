import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { MailMessage } from "../send-mail";
import { emailTranslator, linkEmail } from "./layout";

/** Sent at sign-up (and again on request): the link that confirms the address, so reminders may go to it. */
export function verificationEmail(input: { to: string; locale: Locale; messages: Messages; link: string; expiresInHours: number }): MailMessage {
  const t = emailTranslator(input.locale, input.messages);
  const hours = input.expiresInHours;
  return linkEmail({
    to: input.to,
    locale: input.locale,
    subject: t("verifyEmail.subject"),
    intro: t("verifyEmail.intro"),
    button: t("verifyEmail.button"),
    link: input.link,
    linkLine: t("verifyEmail.linkLine", { hours }),
    validity: t("verifyEmail.validity", { hours }),
    fallback: t("fallbackLink"),
    ignore: t("verifyEmail.ignore"),
  });
}
