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

/** How long "Connect Telegram" or a reminder waits for the bot's getMe before saying Telegram is away. */
export const GET_ME_TIMEOUT_MS = 10_000;

/**
 * The bot after getMe: its username is known and it can handle updates.
 * One try, with a deadline: grammY's own init() retries getMe for as long as
 * Telegram answers 5xx or not at all (backing off to 20 minutes), which held
 * the worker's reminder run, email included, and the "Connect Telegram" button.
 * A failed getMe is tried again on the next call.
 */
export async function readyTelegramBot(): Promise<Bot | null> {
  const bot = telegramBot();
  if (!bot) return null;
  if (bot.isInited()) return bot;
  const entry = globalForTelegram.simcaseBot!;
  entry.ready ??= bot.api
    .getMe(apiSignal(AbortSignal.timeout(GET_ME_TIMEOUT_MS)))
    .then((me) => {
      if (!bot.isInited()) bot.botInfo = me;
    })
    .finally(() => {
      entry.ready = undefined;
    });
  await entry.ready;
  return bot;
}

/** grammY's Node types name their own AbortSignal; the platform's is the same thing at runtime. */
export function apiSignal(signal: AbortSignal): Parameters<Bot["api"]["sendMessage"]>[3] {
  return signal as Parameters<Bot["api"]["sendMessage"]>[3];
}
