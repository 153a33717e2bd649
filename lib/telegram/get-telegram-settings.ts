import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { telegramConfig } from "./telegram-config";

export type TelegramSettings = {
  link: { chatLabel: string; linkedAt: Date; channels: Prisma.TelegramLinkGetPayload<object>["channels"] } | null;
};

/** What the account page shows about Telegram, or null when the feature is off. */
export async function getTelegramSettings(userId: string): Promise<TelegramSettings | null> {
  if (!telegramConfig()) return null;
  const link = await db().telegramLink.findUnique({ where: { userId }, select: { chatLabel: true, linkedAt: true, channels: true } });
  return { link };
}
