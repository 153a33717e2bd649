import type { Locale } from "@/lib/i18n/locales";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";
import { emailDocument } from "./layout";

/** A short notice of a few paragraphs, already translated: this only lays it out. */
export function noticeEmail(input: { to: string; locale: Locale; subject: string; paragraphs: string[] }): MailMessage {
  const text = input.paragraphs.join("\n\n");
  const html = emailDocument(input.locale, input.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n"));
  // A header cannot hold a line break, whatever a translation holds.
  return { to: input.to, subject: input.subject.replace(/\s+/g, " ").trim(), text, html };
}
