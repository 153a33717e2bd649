import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";
import { emailButton, emailDocument, emailFallbackLink, emailTranslator } from "./layout";

export function passwordResetEmail(input: {
  to: string;
  locale: Locale;
  messages: Messages;
  link: string;
  expiresInMinutes: number;
}): MailMessage {
  const t = emailTranslator(input.locale, input.messages);
  const minutes = input.expiresInMinutes;
  const text = [t("passwordReset.intro"), "", t("passwordReset.linkLine", { minutes }), input.link, "", t("passwordReset.ignore")].join("\n");
  const html = emailDocument(
    input.locale,
    `<p>${escapeHtml(t("passwordReset.intro"))}</p>
<p>${emailButton(input.link, t("passwordReset.button"))}</p>
<p>${escapeHtml(t("passwordReset.validity", { minutes }))} ${emailFallbackLink(input.link, t("fallbackLink"))}</p>
<p>${escapeHtml(t("passwordReset.ignore"))}</p>`,
  );
  return { to: input.to, subject: t("passwordReset.subject"), text, html };
}
