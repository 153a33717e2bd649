import "server-only";
import { emailChannel } from "@/lib/reminders/channels/email-channel";
import { replaceReminderChannels } from "@/lib/reminders/channels/reminder-channels";
import { emailUnlessTelegramOnly, telegramChannel } from "./telegram-channel";
import { telegramConfig } from "./telegram-config";

/** In the worker: reminders go by email and Telegram, each user as they chose. Nothing while Telegram is off. */
export function enableTelegramReminders(): boolean {
  if (!telegramConfig()) return false;
  replaceReminderChannels([emailUnlessTelegramOnly(emailChannel), telegramChannel(emailChannel)]);
  return true;
}
