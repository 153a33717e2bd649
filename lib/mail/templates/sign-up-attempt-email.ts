import { createTranslator } from "use-intl/core";
import { sharedIntl } from "@/lib/i18n/shared-intl";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";

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
  const t = createTranslator({ locale: input.locale, messages: input.messages, namespace: "emails.signUpAttempt", ...sharedIntl });
  const text = [t("intro"), "", t("signInLine"), input.signInLink, "", t("resetLine"), input.resetLink, "", t("ignore")].join("\n");
  const button = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(label)}</a>`;
  const html = `<!doctype html>
<html lang="${LOCALE_TAGS[input.locale]}"><body style="font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.5;color:#111">
<p>${escapeHtml(t("intro"))}</p>
<p>${escapeHtml(t("signInLine"))}<br>${button(input.signInLink, t("signInButton"))}</p>
<p>${escapeHtml(t("resetLine"))}<br><a href="${escapeHtml(input.resetLink)}" style="color:#0f766e">${escapeHtml(t("resetButton"))}</a></p>
<p>${escapeHtml(t("ignore"))}</p>
</body></html>`;
  return { to: input.to, subject: t("subject"), text, html };
}
