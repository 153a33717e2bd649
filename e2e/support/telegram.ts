import { randomInt } from "node:crypto";
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import type { FakeMessage } from "@/test/support/fake-telegram-api";
import type { PressRequest, SayRequest } from "./fake-telegram-control";
import { E2E_TELEGRAM_CONTROL_FILE } from "./paths";

// The e2e server's fake Bot API, reached through its control server (fake-telegram-control.ts).

export type { FakeMessage };

/** A Telegram chat of its own for each test: the fake serves every test of the run. */
export function newChatId(): number {
  return randomInt(1_000_000_000, 2 ** 47);
}

async function control(path: string, body?: SayRequest | PressRequest): Promise<unknown> {
  const base = (await readFile(E2E_TELEGRAM_CONTROL_FILE, "utf8")).trim();
  const response = await fetch(`${base}${path}`, body ? { method: "POST", body: JSON.stringify(body) } : {});
  if (!response.ok) throw new Error(`fake Telegram control ${path}: ${response.status}`);
  return response.json();
}

/** The user types `text` in their chat with the bot; the worker's long poll gets it. */
export async function telegramUserSays(chatId: number, text: string, firstName?: string): Promise<void> {
  await control("/say", { chatId, text, firstName });
}

/** The user presses an inline button of the bot's message. */
export async function telegramUserPresses(chatId: number, messageId: number, data: string): Promise<void> {
  await control("/press", { chatId, messageId, data });
}

/** Polls the bot's messages to a chat until one matches (the bot answers in the background). */
export async function waitForTelegramMessage(
  chatId: number,
  matches: (message: FakeMessage) => boolean,
  timeoutMs = 20_000,
): Promise<FakeMessage> {
  const until = Date.now() + timeoutMs;
  let seen: FakeMessage[] = [];
  while (Date.now() < until) {
    seen = (await control(`/messages?chatId=${chatId}`)) as FakeMessage[];
    const found = seen.find(matches);
    if (found) return found;
    await sleep(200);
  }
  throw new Error(`no matching Telegram message to chat ${chatId}; it has: ${JSON.stringify(seen.map((m) => m.text))}`);
}

/** The callback data of the message's inline button labelled `label`. */
export function buttonData(message: FakeMessage, label: string): string {
  const rows = (message.replyMarkup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | null)?.inline_keyboard ?? [];
  const data = rows.flat().find((button) => button.text === label)?.callback_data;
  if (!data) throw new Error(`no button "${label}" with callback data in ${JSON.stringify(message.replyMarkup)}`);
  return data;
}
