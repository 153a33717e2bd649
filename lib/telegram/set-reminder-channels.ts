import "server-only";
import { db } from "@/lib/db/client";
import type { REMINDER_CHANNEL_CHOICES } from "./schemas";

/** Email, Telegram or both, for a user whose chat is linked; false when it is not (nothing to choose). */
export async function setReminderChannels(userId: string, channels: (typeof REMINDER_CHANNEL_CHOICES)[number]): Promise<boolean> {
  const { count } = await db().telegramLink.updateMany({ where: { userId }, data: { channels } });
  return count === 1;
}
