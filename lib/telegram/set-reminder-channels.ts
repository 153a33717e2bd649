import "server-only";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/http/user-error";
import type { ReminderChannelChoice } from "./schemas";

/** Email, Telegram or both, for a user whose chat is linked; disconnected meanwhile (another tab, /stop), there is nothing to choose. */
export async function setReminderChannels(userId: string, channels: ReminderChannelChoice): Promise<void> {
  const { count } = await db().telegramLink.updateMany({ where: { userId }, data: { channels } });
  if (count === 0) throw new UserError("telegram.notLinked", { status: 409 });
}
