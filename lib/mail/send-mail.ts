import "server-only";
import net from "node:net";
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

/**
 * Nodemailer leaves Nagle's algorithm on, and an SMTP exchange is a string of
 * small writes each waiting for a reply: every message then stalls on delayed
 * ACKs (about 40 ms each on Linux). Plain-TCP connections get TCP_NODELAY;
 * smtps:// keeps nodemailer's own TLS socket.
 */
function createTransport(url: string, connections: number): Transporter<SMTPTransport.SentMessageInfo> {
  const created = nodemailer.createTransport(withPooling(url, connections)) as Transporter<SMTPTransport.SentMessageInfo> & {
    transporter: { getSocket?: (options: { host?: string; port?: number }, callback: (error: Error | null, socket?: { connection: net.Socket }) => void) => void };
  };
  if (url.startsWith("smtp://")) {
    created.transporter.getSocket = (options, callback) => {
      const socket = net.connect({ host: options.host, port: options.port ?? 25 });
      socket.setNoDelay(true);
      socket.once("error", (error) => callback(error));
      socket.once("connect", () => callback(null, { connection: socket }));
    };
  }
  return created;
}

/** One pooled connection per message the worker sends at once, unless SMTP_URL says otherwise. */
function withPooling(url: string, connections: number): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has("pool")) parsed.searchParams.set("pool", "true");
  if (!parsed.searchParams.has("maxConnections")) parsed.searchParams.set("maxConnections", String(connections));
  // Well under the reminders' claim timeout: a stuck server fails a send instead of holding its claim.
  for (const [name, ms] of [["connectionTimeout", 30_000], ["greetingTimeout", 30_000], ["socketTimeout", 60_000]] as const) {
    if (!parsed.searchParams.has(name)) parsed.searchParams.set(name, String(ms));
  }
  return parsed.toString();
}

/** The one way the app sends mail: SMTP_URL, from MAIL_FROM. Resolves once the SMTP server accepted it. */
export async function sendMail(message: MailMessage): Promise<{ messageId: string }> {
  const env = serverEnv();
  // Pooled: reminders go out in bursts, and a new SMTP connection per message would cost a handshake each.
  transport ??= createTransport(env.SMTP_URL, env.REMINDER_SEND_CONCURRENCY);
  const info = await transport.sendMail({ from: env.MAIL_FROM, ...message });
  return { messageId: info.messageId };
}
