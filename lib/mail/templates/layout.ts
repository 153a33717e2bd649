import type { createTranslator } from "use-intl/core";
import { compiledTranslator } from "@/lib/i18n/compiled-translator";
import { LOCALE_TAGS, SENTENCE_GAP, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";

// What every email shares: one translator over the "emails" messages, and one
// page shell and button, so the account mails and reminders look alike and a
// change of font or colour happens once.

export type EmailTranslator = ReturnType<typeof createTranslator<Messages, "emails">>;

// Made once per language's messages: a translator holds no state, and the worker composes thousands a minute.
const translators = new WeakMap<Messages, Map<Locale, EmailTranslator>>();

export function emailTranslator(locale: Locale, messages: Messages): EmailTranslator {
  let byLocale = translators.get(messages);
  if (!byLocale) translators.set(messages, (byLocale = new Map<Locale, EmailTranslator>()));
  let translator = byLocale.get(locale);
  if (!translator) byLocale.set(locale, (translator = compiledTranslator({ locale, messages, namespace: "emails" })));
  return translator;
}

/**
 * The whole HTML document around a body of already-escaped HTML. The viewport
 * line: webmail opened in a phone's browser otherwise lays it out 980 px wide.
 */
export function emailDocument(locale: Locale, body: string): string {
  return `<!doctype html>
<html lang="${LOCALE_TAGS[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.5;color:#111">
${body}
</body></html>`;
}

/** The one call to action of an email, as a thumb-sized button. */
export function emailButton(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(label)}</a>`;
}

/** The link again as text, for mail apps that drop the button. */
export function emailFallbackLink(href: string, lead: string): string {
  return `${escapeHtml(lead)}<br><span style="word-break:break-all">${escapeHtml(href)}</span>`;
}

/**
 * An email whose one job is a link (confirm an address, reset a password):
 * why it came, the button, how long the link works with the link as text,
 * and what to do if it was not you. Every text is already translated.
 */
export function linkEmail(input: {
  to: string;
  locale: Locale;
  subject: string;
  intro: string;
  button: string;
  link: string;
  /** Above the bare link in the plain-text part, e.g. "This link works for 24 hours:". */
  linkLine: string;
  /** Beside the link in HTML, e.g. "The link works for 24 hours." */
  validity: string;
  fallback: string;
  ignore: string;
}): MailMessage {
  const text = [input.intro, "", input.linkLine, input.link, "", input.ignore].join("\n");
  const html = emailDocument(
    input.locale,
    `<p>${escapeHtml(input.intro)}</p>
<p>${emailButton(input.link, input.button)}</p>
<p>${escapeHtml(input.validity)}${SENTENCE_GAP[input.locale]}${emailFallbackLink(input.link, input.fallback)}</p>
<p>${escapeHtml(input.ignore)}</p>`,
  );
  return { to: input.to, subject: input.subject, text, html };
}

/**
 * A linkEmail whose texts are the keys subject, intro, button, linkLine,
 * validity and ignore of one "emails" namespace, with the same values for each.
 */
export function linkEmailFromMessages(
  input: { to: string; locale: Locale; messages: Messages; link: string },
  namespace: "verifyEmail" | "passwordReset",
  values: Record<string, number>,
): MailMessage {
  const t = emailTranslator(input.locale, input.messages);
  const text = (key: "subject" | "intro" | "button" | "linkLine" | "validity" | "ignore") => t(`${namespace}.${key}`, values);
  return linkEmail({
    to: input.to,
    locale: input.locale,
    subject: text("subject"),
    intro: text("intro"),
    button: text("button"),
    link: input.link,
    linkLine: text("linkLine"),
    validity: text("validity"),
    fallback: t("fallbackLink"),
    ignore: text("ignore"),
  });
}
