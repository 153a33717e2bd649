import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { serverEnv } from "@/lib/env/server-env";
import { pollTelegramUpdates } from "./poll-telegram-updates";
import { apiSignal, telegramBot } from "./telegram-bot";
import { telegramConfig } from "./telegram-config";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("telegram");

export const WEBHOOK_PATH = "/api/telegram/webhook";

/** Tells Telegram where to post updates, trying again until it answers. */
async function registerWebhook(secret: string, signal: AbortSignal): Promise<void> {
  const bot = telegramBot();
  for (let attempt = 1; bot && !signal.aborted; attempt += 1) {
    try {
      await bot.api.setWebhook(
        `${serverEnv().APP_URL}${WEBHOOK_PATH}`,
        { secret_token: secret, allowed_updates: ["message", "callback_query"] },
        apiSignal(signal),
      );
      return;
    } catch (error) {
      if (signal.aborted) return;
      log.warn(`setWebhook failed (attempt ${attempt}): ${error instanceof Error ? error.message : String(error)}`);
      await sleep(Math.min(60_000, 1_000 * 2 ** attempt), undefined, { signal }).catch(() => undefined);
    }
  }
}

/**
 * In the worker: with a webhook secret, registers the webhook; without one,
 * long-polls (one worker at a time). Nothing while Telegram is not configured.
 */
export function startTelegramUpdates(connectionString: string): { stop: () => Promise<void> } | null {
  const config = telegramConfig();
  if (!config) return null;
  const controller = new AbortController();
  const running = config.webhookSecret
    ? registerWebhook(config.webhookSecret, controller.signal)
    : pollTelegramUpdates({
        connectionString,
        signal: controller.signal,
        onPolling: (polling) => log.info(polling ? "polling for updates" : "not polling"),
      });
  return {
    stop: async () => {
      controller.abort();
      await running;
    },
  };
}
