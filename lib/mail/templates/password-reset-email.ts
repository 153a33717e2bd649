import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { MailMessage } from "../send-mail";
import { linkEmailFromMessages } from "./layout";

export function passwordResetEmail(input: { to: string; locale: Locale; messages: Messages; link: string; expiresInMinutes: number }): MailMessage {
  return linkEmailFromMessages(input, "passwordReset", { minutes: input.expiresInMinutes });
}
