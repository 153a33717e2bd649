import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";

export function passwordResetEmail(input: { to: string; link: string; expiresInMinutes: number }): MailMessage {
  const subject = "Reset your Simcase password";
  const text = [
    "Someone (hopefully you) asked to reset the password of your Simcase account.",
    "",
    `Choose a new password here (the link works once, for ${input.expiresInMinutes} minutes):`,
    input.link,
    "",
    "If you did not ask for this, ignore this email: your password stays as it is.",
  ].join("\n");
  const link = escapeHtml(input.link);
  const html = `<!doctype html>
<html><body style="font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.5;color:#111">
<p>Someone (hopefully you) asked to reset the password of your Simcase account.</p>
<p><a href="${link}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">Choose a new password</a></p>
<p>The link works once, for ${input.expiresInMinutes} minutes. If the button does not work, open this address:<br><span style="word-break:break-all">${link}</span></p>
<p>If you did not ask for this, ignore this email: your password stays as it is.</p>
</body></html>`;
  return { to: input.to, subject, text, html };
}
