import { Bot, GrammyError, HttpError } from "grammy";
import { afterAll, describe, expect, it } from "vitest";
import { FAKE_BOT, startFakeTelegramApi } from "@/test/support/fake-telegram-api";

// The fake stands in for Telegram in every test of this area: it must answer grammY as Telegram does.
const fake = await startFakeTelegramApi();
afterAll(() => fake.stop());
type GrammySignal = Parameters<typeof bot.api.sendMessage>[3];
const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });

describe("the fake Bot API", () => {
  it("answers grammY's calls and records them", async () => {
    expect(await bot.api.getMe()).toMatchObject({ username: FAKE_BOT.username, is_bot: true });
    const sent = await bot.api.sendMessage(42, "hello", { reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }]] } });
    await bot.api.editMessageText(42, sent.message_id, "edited");
    await bot.api.answerCallbackQuery("query-1", { text: "done" });
    await bot.api.setWebhook("https://example.com/hook", { secret_token: "s3cret" });
    expect(fake.webhook).toEqual({ url: "https://example.com/hook", secretToken: "s3cret" });
    await bot.api.deleteWebhook();
    expect(fake.webhook).toBeNull();
    expect(fake.messagesTo(42)).toEqual([expect.objectContaining({ text: "edited", edits: 1, replyMarkup: null })]);
    expect(fake.calls.map((call) => call.method)).toEqual(["getMe", "sendMessage", "editMessageText", "answerCallbackQuery", "setWebhook", "deleteWebhook"]);
  });

  it("refuses a wrong token", async () => {
    const stranger = new Bot("999:wrong", { client: { apiRoot: fake.apiRoot } });
    await expect(stranger.api.getMe()).rejects.toMatchObject({ error_code: 401 });
  });

  it("long-polls getUpdates: waits for an update, and confirms by offset", async () => {
    const poll = bot.api.getUpdates({ offset: 0, timeout: 5 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const id = fake.userSays(7, "/help");
    const updates = await poll;
    expect(updates.map((update) => update.update_id)).toEqual([id]);
    expect(updates[0]!.message?.text).toBe("/help");
    expect(await bot.api.getUpdates({ offset: id + 1, timeout: 0 })).toEqual([]);
    expect(fake.unconfirmed()).toEqual([]);
  });

  it("ends a poll when a second poller asks, as Telegram does", async () => {
    const first = bot.api.getUpdates({ timeout: 5 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = bot.api.getUpdates({ timeout: 1 });
    await expect(first).rejects.toMatchObject({ error_code: 409 });
    await expect(second).resolves.toEqual([]);
  });

  it("fails the ways it is told to: blocked, rate limited, server error", async () => {
    fake.fail("sendMessage", { kind: "blocked" }, 1, 5);
    fake.fail("sendMessage", { kind: "rateLimited", retryAfter: 3 });
    fake.fail("sendMessage", { kind: "serverError" });
    await expect(bot.api.sendMessage(6, "not blocked here")).rejects.toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    const blocked = await bot.api.sendMessage(5, "x").catch((error: unknown) => error);
    expect(blocked).toBeInstanceOf(GrammyError);
    expect(blocked).toMatchObject({ error_code: 403 });
    await expect(bot.api.sendMessage(5, "x")).rejects.toMatchObject({ error_code: 500 });
    await expect(bot.api.sendMessage(5, "fine now")).resolves.toMatchObject({ text: "fine now" });
  });

  it("can hang a call until the caller gives up", async () => {
    fake.fail("sendMessage", { kind: "hang" });
    const error = await bot.api.sendMessage(8, "x", undefined, AbortSignal.timeout(200) as GrammySignal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    fake.recover();
  });
});
