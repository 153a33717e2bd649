import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { MailMessage } from "../send-mail";
import { emailTranslator, linkEmail } from "./layout";

export function passwordResetEmail(input: {
  to: string;
  locale: Locale;
  messages: Messages;
  link: string;
  expiresInMinutes: number;
}): MailMessage {
  const t = emailTranslator(input.locale, input.messages);
  const minutes = input.expiresInMinutes;
  return linkEmail({
    to: input.to,
    locale: input.locale,
    subject: t("passwordReset.subject"),
    intro: t("passwordReset.intro"),
    button: t("passwordReset.button"),
    link: input.link,
    linkLine: t("passwordReset.linkLine", { minutes }),
    validity: t("passwordReset.validity", { minutes }),
    fallback: t("fallbackLink"),
    ignore: t("passwordReset.ignore"),
  });
}
