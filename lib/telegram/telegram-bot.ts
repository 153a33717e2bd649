import "server-only";
import { Bot } from "grammy";
import { telegramConfig } from "./telegram-config";

/**
 * Every Bot API call gives up after this long, so a Bot API that stops
 * answering fails the call instead of holding a job. A long poll asks for less.
 */
export const API_TIMEOUT_SECONDS = 40;

const globalForTelegram = globalThis as unknown as { simcaseBot?: { key: string; bot: Bot; ready?: Promise<void> } };

/** The process's bot (grammY), or null while Telegram is not configured. */
export function telegramBot(): Bot | null {
  const config = telegramConfig();
  if (!config) return null;
  const key = `${config.apiRoot} ${config.token}`;
  if (globalForTelegram.simcaseBot?.key !== key) {
    globalForTelegram.simcaseBot = { key, bot: new Bot(config.token, { client: { apiRoot: config.apiRoot, timeoutSeconds: API_TIMEOUT_SECONDS } }) };
  }
  return globalForTelegram.simcaseBot.bot;
}

/** The bot after getMe: its username is known and it can handle updates. Retried on the next call if Telegram was away. */
export async function readyTelegramBot(): Promise<Bot | null> {
  const bot = telegramBot();
  if (!bot) return null;
  const entry = globalForTelegram.simcaseBot!;
  entry.ready ??= bot.init().catch((error: unknown) => {
    entry.ready = undefined;
    throw error;
  });
  await entry.ready;
  return bot;
}

/** grammY's Node types name their own AbortSignal; the platform's is the same thing at runtime. */
export function apiSignal(signal: AbortSignal): Parameters<Bot["api"]["sendMessage"]>[3] {
  return signal as Parameters<Bot["api"]["sendMessage"]>[3];
}
