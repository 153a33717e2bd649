import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { MailMessage } from "../send-mail";
import { linkEmailFromMessages } from "./layout";

/** Sent at sign-up (and again on request): the link that confirms the address, so reminders may go to it. */
export function verificationEmail(input: { to: string; locale: Locale; messages: Messages; link: string; expiresInHours: number }): MailMessage {
  return linkEmailFromMessages(input, "verifyEmail", { hours: input.expiresInHours });
}
