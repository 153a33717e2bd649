import "server-only";
import { db } from "@/lib/db/client";
import { hashLinkToken, LINK_TOKEN_PATTERN } from "./link-token";

export type LinkChatResult = { linked: true; userId: string } | { linked: false };

/**
 * `/start <token>`: spends the token and links the chat to its user. A token
 * used before, expired or unknown links nothing. The chat leaves any other
 * account it was linked to, and the user's previous chat is replaced; the
 * user's channel choice is kept when they link again.
 */
export async function linkTelegramChat(token: string, chat: { id: number; label: string }, now = new Date()): Promise<LinkChatResult> {
  if (!LINK_TOKEN_PATTERN.test(token)) return { linked: false };
  const tokenHash = hashLinkToken(token);
  return db().$transaction(async (tx) => {
    // The update is the check: of two /start with the same token, one spends it.
    const spent = await tx.telegramLinkToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) return { linked: false } as const;
    const { userId } = await tx.telegramLinkToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const chatId = BigInt(chat.id);
    await tx.telegramLink.deleteMany({ where: { chatId, userId: { not: userId } } });
    await tx.telegramLink.upsert({
      where: { userId },
      create: { userId, chatId, chatLabel: chat.label, linkedAt: now },
      update: { chatId, chatLabel: chat.label, linkedAt: now },
    });
    return { linked: true, userId } as const;
  });
}
