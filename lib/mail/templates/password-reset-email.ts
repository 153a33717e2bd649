import { createTranslator } from "use-intl/core";
import { sharedIntl } from "@/lib/i18n/shared-intl";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";

export function passwordResetEmail(input: {
  to: string;
  locale: Locale;
  messages: Messages;
  link: string;
  expiresInMinutes: number;
}): MailMessage {
  const t = createTranslator({ locale: input.locale, messages: input.messages, namespace: "emails.passwordReset", ...sharedIntl });
  const minutes = input.expiresInMinutes;
  const text = [t("intro"), "", t("linkLine", { minutes }), input.link, "", t("ignore")].join("\n");
  const link = escapeHtml(input.link);
  const html = `<!doctype html>
<html lang="${LOCALE_TAGS[input.locale]}"><body style="font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.5;color:#111">
<p>${escapeHtml(t("intro"))}</p>
<p><a href="${link}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(t("button"))}</a></p>
<p>${escapeHtml(t("validity", { minutes }))} ${escapeHtml(createTranslator({ locale: input.locale, messages: input.messages, namespace: "emails", ...sharedIntl })("fallbackLink"))}<br><span style="word-break:break-all">${link}</span></p>
<p>${escapeHtml(t("ignore"))}</p>
</body></html>`;
  return { to: input.to, subject: t("subject"), text, html };
}
