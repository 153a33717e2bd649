import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { serverEnv } from "@/lib/env/server-env";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

let transport: Transporter<SMTPTransport.SentMessageInfo> | undefined;

/** The one way the app sends mail: SMTP_URL, from MAIL_FROM. Resolves once the SMTP server accepted it. */
export async function sendMail(message: MailMessage): Promise<{ messageId: string }> {
  const env = serverEnv();
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  const info = await transport.sendMail({ from: env.MAIL_FROM, ...message });
  return { messageId: info.messageId };
}
