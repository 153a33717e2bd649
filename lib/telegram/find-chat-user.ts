import "server-only";
import { db } from "@/lib/db/client";
import { toLocale, type Locale } from "@/lib/i18n/locales";

export type ChatUser = { id: string; locale: Locale; timeZone: string };

/** The account this chat is linked to, if any. */
export async function findChatUser(chatId: number): Promise<ChatUser | null> {
  const link = await db().telegramLink.findUnique({
    where: { chatId: BigInt(chatId) },
    select: { user: { select: { id: true, locale: true, timeZone: true } } },
  });
  return link ? { ...link.user, locale: toLocale(link.user.locale) } : null;
}
