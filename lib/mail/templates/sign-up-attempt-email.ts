import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";
import { emailButton, emailDocument, emailTranslator } from "./layout";

/**
 * To the owner of an address someone tried to sign up with again. The sign-up
 * page answers as for a new address, so this email is the only place that
 * says the account exists, and only its owner reads it.
 */
export function signUpAttemptEmail(input: {
  to: string;
  locale: Locale;
  messages: Messages;
  signInLink: string;
  resetLink: string;
}): MailMessage {
  const t = emailTranslator(input.locale, input.messages);
  const text = [
    t("signUpAttempt.intro"),
    "",
    t("signUpAttempt.signInLine"),
    input.signInLink,
    "",
    t("signUpAttempt.resetLine"),
    input.resetLink,
    "",
    t("signUpAttempt.ignore"),
  ].join("\n");
  const html = emailDocument(
    input.locale,
    `<p>${escapeHtml(t("signUpAttempt.intro"))}</p>
<p>${escapeHtml(t("signUpAttempt.signInLine"))}<br>${emailButton(input.signInLink, t("signUpAttempt.signInButton"))}</p>
<p>${escapeHtml(t("signUpAttempt.resetLine"))}<br><a href="${escapeHtml(input.resetLink)}" style="color:#0f766e">${escapeHtml(t("signUpAttempt.resetButton"))}</a></p>
<p>${escapeHtml(t("signUpAttempt.ignore"))}</p>`,
  );
  return { to: input.to, subject: t("signUpAttempt.subject"), text, html };
}
