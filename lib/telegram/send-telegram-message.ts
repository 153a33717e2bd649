import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { GrammyError } from "grammy";
import type { TelegramMessage } from "./compose-telegram-reminder";
import { bookTelegramSendSlot } from "./book-send-slot";
import { SendRate } from "./send-rate";
import { apiSignal, readyTelegramBot } from "./telegram-bot";

export type TelegramSendResult =
  | { status: "sent"; messageId: number }
  /** 403: the user blocked the bot (or deleted the chat); it will never go through. */
  | { status: "blocked"; error: string }
  | { status: "failed"; permanent: boolean; error: string };

export type SendOptions = {
  rate?: SendRate;
  /** One Bot API call gives up after this long (a hung API must not hold a send lane). */
  timeoutMs?: number;
  /** A 429 asking for longer than this is not waited for here: the reminder is retried later instead. */
  maxRetryAfterMs?: number;
  /** 5xx and network errors are tried this many times in all, with a growing pause. */
  tries?: number;
  backoffMs?: number;
};

// Bot-wide pace shared by every worker through the database (docs/decisions/015).
const processRate = new SendRate(30, 1_000, bookTelegramSendSlot);
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Sends one message within the rate limits. A 429 waits as long as Telegram
 * asks and tries again; 5xx and network errors are retried with backoff; a
 * timeout is not retried here (the dispatcher's backoff takes it). Never throws.
 */
export async function sendTelegramMessage(chatId: bigint | number, message: TelegramMessage, options: SendOptions = {}): Promise<TelegramSendResult> {
  const { rate = processRate, timeoutMs = 10_000, maxRetryAfterMs = 60_000, tries = 3, backoffMs = 500 } = options;
  const bot = await readyTelegramBot().catch(() => null);
  if (!bot) return { status: "failed", permanent: false, error: "Telegram is not configured or getMe failed" };
  let failures = 0;
  let waits = 0;
  for (;;) {
    await rate.take(String(chatId));
    try {
      const sent = await bot.api.sendMessage(
        String(chatId),
        message.text,
        { reply_markup: { inline_keyboard: message.keyboard }, link_preview_options: { is_disabled: true } },
        apiSignal(AbortSignal.timeout(timeoutMs)),
      );
      return { status: "sent", messageId: sent.message_id };
    } catch (error) {
      if (error instanceof GrammyError) {
        if (error.error_code === 403) return { status: "blocked", error: describe(error) };
        if (error.error_code === 429) {
          const waitMs = (error.parameters.retry_after ?? 1) * 1_000;
          waits += 1;
          if (waitMs > maxRetryAfterMs || waits > 5) return { status: "failed", permanent: false, error: describe(error) };
          rate.holdAll(waitMs);
          continue;
        }
        if (error.error_code < 500) return { status: "failed", permanent: true, error: describe(error) };
      } else if (isTimeout(error)) {
        return { status: "failed", permanent: false, error: describe(error) };
      }
      failures += 1;
      if (failures >= tries) return { status: "failed", permanent: false, error: describe(error) };
      await sleep(backoffMs * 2 ** (failures - 1));
    }
  }
}

function isTimeout(error: unknown): boolean {
  const cause = error instanceof Error && "error" in error ? (error as { error: unknown }).error : error;
  return cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError");
}
