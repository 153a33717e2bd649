import "server-only";
import { db } from "@/lib/db/client";
import { generateLinkToken, LINK_TOKEN_TTL_MS } from "./link-token";
import { readyTelegramBot } from "./telegram-bot";
import { UserError } from "@/lib/http/user-error";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("telegram");

/**
 * A link that opens the bot in Telegram with a fresh single-use token: the
 * bot's /start with it links that chat to this user. The user's used and
 * expired tokens are cleared at the same time.
 */
export async function createTelegramLink(userId: string, now = new Date()): Promise<{ url: string; expiresAt: Date }> {
  const bot = await readyTelegramBot().catch((error: unknown) => {
    log.warn(`getMe failed: ${error instanceof Error ? error.message : String(error)}`);
    throw new UserError("telegram.unavailable", { status: 503 });
  });
  if (!bot) throw new UserError("telegram.unavailable", { status: 503 });
  const { token, tokenHash } = generateLinkToken();
  const expiresAt = new Date(now.getTime() + LINK_TOKEN_TTL_MS);
  await db().$transaction([
    db().telegramLinkToken.deleteMany({ where: { userId, OR: [{ usedAt: { not: null } }, { expiresAt: { lte: now } }] } }),
    db().telegramLinkToken.create({ data: { userId, tokenHash, expiresAt } }),
  ]);
  return { url: `https://t.me/${bot.botInfo.username}?start=${token}`, expiresAt };
}
