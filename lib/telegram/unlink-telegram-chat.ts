import "server-only";
import { db } from "@/lib/db/client";

/** `/stop`, or Telegram saying the bot was blocked: the chat is no longer any account's. */
export async function unlinkTelegramChat(chatId: number | bigint): Promise<boolean> {
  const { count } = await db().telegramLink.deleteMany({ where: { chatId: BigInt(chatId) } });
  return count > 0;
}
