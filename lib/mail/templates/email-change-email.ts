import { getTranslator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";
import { emailButton, emailDocument, emailFallbackLink } from "./layout";

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
  const html = emailDocument(
    input.locale,
    `<p>${escapeHtml(m("intro"))}</p>
<p>${emailButton(input.link, m("button"))}</p>
<p>${escapeHtml(validity)} ${emailFallbackLink(input.link, fallback)}</p>
<p>${escapeHtml(m("ignore"))}</p>`,
  );
  return { to: input.to, subject: m("subject"), text, html };
}
