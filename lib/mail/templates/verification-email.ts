import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";
import { emailButton, emailDocument, emailFallbackLink, emailTranslator } from "./layout";

/** Sent at sign-up (and again on request): the link that confirms the address, so reminders may go to it. */
export function verificationEmail(input: { to: string; locale: Locale; messages: Messages; link: string; expiresInHours: number }): MailMessage {
  const t = emailTranslator(input.locale, input.messages);
  const hours = input.expiresInHours;
  const text = [t("verifyEmail.intro"), "", t("verifyEmail.linkLine", { hours }), input.link, "", t("verifyEmail.ignore")].join("\n");
  const html = emailDocument(
    input.locale,
    `<p>${escapeHtml(t("verifyEmail.intro"))}</p>
<p>${emailButton(input.link, t("verifyEmail.button"))}</p>
<p>${escapeHtml(t("verifyEmail.validity", { hours }))} ${emailFallbackLink(input.link, t("fallbackLink"))}</p>
<p>${escapeHtml(t("verifyEmail.ignore"))}</p>`,
  );
  return { to: input.to, subject: t("verifyEmail.subject"), text, html };
}
