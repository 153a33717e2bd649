import "server-only";
import { Prisma } from "@/lib/db/client";
import type { ChannelAttempt, ReminderChannel } from "@/lib/reminders/channels/reminder-channel";
import type { ReminderRecipient } from "@/lib/reminders/load-reminders-for-delivery";
import { composeTelegramReminder } from "./compose-telegram-reminder";
import { notifyTelegramBlocked } from "./notify-telegram-blocked";
import { sendTelegramMessage } from "./send-telegram-message";
import { unlinkTelegramChat } from "./unlink-telegram-chat";

const wantsTelegram = (recipient: ReminderRecipient) => recipient.telegramLink !== null && recipient.telegramLink.channels !== "EMAIL";
const wantsEmail = (recipient: ReminderRecipient) => recipient.telegramLink?.channels !== "TELEGRAM";

/**
 * The email channel, minus the users who chose Telegram only. If their bot is
 * blocked the link goes, and email reaches them again.
 */
export function emailUnlessTelegramOnly(email: ReminderChannel): ReminderChannel {
  return {
    name: email.name,
    reaches: Prisma.sql`(${email.reaches}) AND NOT EXISTS (
      SELECT 1 FROM "TelegramLink" tl WHERE tl."userId" = u.id AND tl.channels = 'TELEGRAM')`,
    canReach: (recipient) => email.canReach(recipient) && wantsEmail(recipient),
    available: () => email.available(),
    send: (reminder) => email.send(reminder),
  };
}

/**
 * Reminders in the linked chat, with their buttons. A 403 (bot blocked)
 * unlinks the chat and tells the user by email; a user who had chosen
 * Telegram only gets this reminder by email instead.
 */
export function telegramChannel(email: ReminderChannel): ReminderChannel {
  return {
    name: "telegram",
    reaches: Prisma.sql`EXISTS (SELECT 1 FROM "TelegramLink" tl WHERE tl."userId" = u.id AND tl.channels <> 'EMAIL')`,
    canReach: wantsTelegram,
    available: () => true,
    async send(reminder): Promise<ChannelAttempt> {
      const owner = reminder.case.owner;
      const link = owner.telegramLink;
      if (!link) return { status: "failed", permanent: false, error: "Telegram was disconnected meanwhile" };
      const message = await composeTelegramReminder(reminder);
      const result = await sendTelegramMessage(link.chatId, message);
      if (result.status === "sent") return { status: "sent", externalId: `telegram:${link.chatId}:${result.messageId}` };
      if (result.status === "failed") return { status: "failed", permanent: result.permanent, error: result.error };

      await unlinkTelegramChat(link.chatId);
      if (owner.emailVerified) await notifyTelegramBlocked(owner, reminder.id);
      if (link.channels !== "TELEGRAM" || !email.canReach({ ...owner, telegramLink: null })) {
        // The email channel had it already (or cannot have it): nothing more to send here.
        return { status: "failed", permanent: true, error: `bot blocked, Telegram unlinked: ${result.error}` };
      }
      const fallback = await email.send(reminder);
      return fallback.status === "sent" ? { status: "sent", externalId: fallback.externalId } : fallback;
    },
  };
}
