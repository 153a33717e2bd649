import "server-only";
import { serverEnv } from "@/lib/env/server-env";

export type TelegramConfig = { token: string; apiRoot: string; webhookSecret: string | null };

/** Telegram's settings, or null while no bot token is set: then the feature is hidden everywhere. */
export function telegramConfig(): TelegramConfig | null {
  const env = serverEnv();
  if (!env.TELEGRAM_BOT_TOKEN) return null;
  return { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, webhookSecret: env.TELEGRAM_WEBHOOK_SECRET ?? null };
}
