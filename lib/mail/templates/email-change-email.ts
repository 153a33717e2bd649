import { getTranslator } from "@/lib/i18n/translator";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";

/** The confirmation link for a new sign-in address, sent to that new address in the account's language. */
export async function emailChangeEmail(input: {
  to: string;
  link: string;
  expiresInHours: number;
  locale: Locale;
  timeZone: string;
}): Promise<MailMessage> {
  const t = await getTranslator(input.locale, input.timeZone);
  const m = (key: "subject" | "intro" | "button" | "ignore") => t(`account.emailChangeMail.${key}`, { email: input.to });
  const validity = t("account.emailChangeMail.validity", { hours: input.expiresInHours });
  const fallback = t("account.emailChangeMail.fallback");
  const text = [m("intro"), "", validity, input.link, "", m("ignore")].join("\n");
  const link = escapeHtml(input.link);
  const html = `<!doctype html>
<html lang="${LOCALE_TAGS[input.locale]}"><body style="font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.5;color:#111">
<p>${escapeHtml(m("intro"))}</p>
<p><a href="${link}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(m("button"))}</a></p>
<p>${escapeHtml(validity)} ${escapeHtml(fallback)}<br><span style="word-break:break-all">${link}</span></p>
<p>${escapeHtml(m("ignore"))}</p>
</body></html>`;
  return { to: input.to, subject: m("subject"), text, html };
}
