import "server-only";
import { Prisma } from "@/lib/db/client";
import { isConnectionFailure, mailServerReachable, MailServerUnavailableError } from "@/lib/mail/mail-server-status";
import { sendMail } from "@/lib/mail/send-mail";
import { composeReminderEmail } from "../compose-reminder-email";
import { EMAIL_CHANNEL } from "./email-channel-name";
import type { ChannelAttempt, ReminderChannel } from "./reminder-channel";

/** SMTP 5xx: the server will never take this message. Anything else (4xx, network) may pass later. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "responseCode" in error ? Number(error.responseCode) : NaN;
  return code >= 500 && code < 600;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/** Email reaches only a verified address: a typo must not swallow every reminder unnoticed. */
export const emailChannel: ReminderChannel = {
  name: EMAIL_CHANNEL,
  reaches: Prisma.sql`u."emailVerified" IS NOT NULL`,
  canReach: (recipient) => recipient.emailVerified !== null,
  available: mailServerReachable,
  async send(reminder): Promise<ChannelAttempt> {
    const message = await composeReminderEmail(reminder);
    try {
      const { messageId } = await sendMail(message);
      return { status: "sent", externalId: messageId };
    } catch (error) {
      if (error instanceof MailServerUnavailableError) return { status: "unavailable", error: errorText(error) };
      return { status: "failed", permanent: !isConnectionFailure(error) && isPermanentSmtpFailure(error), error: errorText(error) };
    }
  },
};
