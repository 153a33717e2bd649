import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { serverEnv } from "@/lib/env/server-env";
import {
  assertMailServerReachable,
  isConnectionFailure,
  mailServerState,
  noteMailServerAnswered,
  noteMailServerUnreachable,
  setMailServerProbe,
} from "./mail-server-status";
import { dkimSigning } from "./dkim-signing";
import { DEFAULT_DEADLINES, SmtpPool, type SmtpDeadlines } from "./smtp-pool";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** Given where the message is sent from, from a lasting id (`stableMessageId`). */
  messageId?: string;
};

/** What `sendMail` takes: every message names its own Message-ID, so a retried send reads as the same message. */
export type OutgoingMail = MailMessage & { messageId: string };

let transport: Transporter<SMTPTransport.SentMessageInfo> | undefined;

/** SMTP_URL's query may tighten the deadlines (connectionTimeout, greetingTimeout, socketTimeout, messageTimeout, in ms). */
function deadlinesFrom(url: URL): SmtpDeadlines {
  const read = (name: string, fallback: number) => {
    const value = Number(url.searchParams.get(name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    connectMs: read("connectionTimeout", DEFAULT_DEADLINES.connectMs),
    greetingMs: read("greetingTimeout", DEFAULT_DEADLINES.greetingMs),
    commandMs: read("socketTimeout", DEFAULT_DEADLINES.commandMs),
    messageMs: read("messageTimeout", DEFAULT_DEADLINES.messageMs),
  };
}

function createTransport(): Transporter<SMTPTransport.SentMessageInfo> {
  const env = serverEnv();
  const url = new URL(env.SMTP_URL);
  // One connection per message the worker sends at once, unless SMTP_URL says otherwise.
  const size = Number(url.searchParams.get("maxConnections")) || env.REMINDER_SEND_CONCURRENCY;
  const pool = new SmtpPool(parseConnectionUrl(env.SMTP_URL) as ConstructorParameters<typeof SmtpPool>[0], size, deadlinesFrom(url));
  setMailServerProbe(() => pool.verify());
  // A default of every message: nodemailer then signs the stream the pool reads (mail.message.createReadStream()).
  const dkim = dkimSigning(env);
  return nodemailer.createTransport(pool, { from: env.MAIL_FROM, ...(dkim && { dkim }) });
}

/**
 * The one way the app sends mail: SMTP_URL, from MAIL_FROM. Resolves once the
 * SMTP server accepted it; rejects within the send deadline otherwise, and at
 * once while the server is known to be unreachable (MailServerUnavailableError).
 * DKIM-signed when DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY are set.
 */
export async function sendMail(message: OutgoingMail): Promise<{ messageId: string }> {
  assertMailServerReachable();
  transport ??= createTransport();
  const began = mailServerState();
  try {
    const info = await transport.sendMail(message);
    noteMailServerAnswered(began);
    return { messageId: info.messageId };
  } catch (error) {
    if (isConnectionFailure(error)) noteMailServerUnreachable(error, began);
    else noteMailServerAnswered(began);
    throw error;
  }
}
