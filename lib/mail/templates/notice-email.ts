import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";

/** A short notice of a few paragraphs, already translated: this only lays it out. */
export function noticeEmail(input: { to: string; locale: Locale; subject: string; paragraphs: string[] }): MailMessage {
  const text = input.paragraphs.join("\n\n");
  const html = `<!doctype html>
<html lang="${LOCALE_TAGS[input.locale]}"><body style="font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.5;color:#111">
${input.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n")}
</body></html>`;
  // A header cannot hold a line break, whatever a translation holds.
  return { to: input.to, subject: input.subject.replace(/\s+/g, " ").trim(), text, html };
}
