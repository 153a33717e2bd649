import { createTranslator } from "use-intl/core";
import { sharedIntl } from "@/lib/i18n/shared-intl";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";

/** Sent at sign-up (and again on request): the link that confirms the address, so reminders may go to it. */
export function verificationEmail(input: { to: string; locale: Locale; messages: Messages; link: string; expiresInHours: number }): MailMessage {
  const t = createTranslator({ locale: input.locale, messages: input.messages, namespace: "emails.verifyEmail", ...sharedIntl });
  const hours = input.expiresInHours;
  const text = [t("intro"), "", t("linkLine", { hours }), input.link, "", t("ignore")].join("\n");
  const link = escapeHtml(input.link);
  const fallback = createTranslator({ locale: input.locale, messages: input.messages, namespace: "emails", ...sharedIntl })("fallbackLink");
  const html = `<!doctype html>
<html lang="${LOCALE_TAGS[input.locale]}"><body style="font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.5;color:#111">
<p>${escapeHtml(t("intro"))}</p>
<p><a href="${link}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(t("button"))}</a></p>
<p>${escapeHtml(t("validity", { hours }))} ${escapeHtml(fallback)}<br><span style="word-break:break-all">${link}</span></p>
<p>${escapeHtml(t("ignore"))}</p>
</body></html>`;
  return { to: input.to, subject: t("subject"), text, html };
}
