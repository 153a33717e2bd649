import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeTelegramApi } from "@/test/support/fake-telegram-api";

const fake = await startFakeTelegramApi();
process.env.TELEGRAM_BOT_TOKEN = fake.token;
process.env.TELEGRAM_API_ROOT = fake.apiRoot;
afterAll(() => fake.stop());

const { sendTelegramMessage } = await import("./send-telegram-message");
const { SendRate } = await import("./send-rate");

const message = { text: "Check for Smart’s answer", keyboard: [[{ text: "Open case", url: "https://simcase.example/cases/x" }]] };
const sendTimes = (chatId?: number) =>
  fake.callsOf("sendMessage").filter((call) => chatId === undefined || Number(call.params.chat_id) === chatId).map((call) => call.at);

beforeEach(() => {
  fake.calls.length = 0;
  fake.recover();
});

describe("sending a Telegram message", () => {
  it("keeps one chat to one message a second", async () => {
    const rate = new SendRate();
    const results = await Promise.all([1, 2, 3].map(() => sendTelegramMessage(3001, message, { rate })));
    expect(results.every((result) => result.status === "sent")).toBe(true);
    const times = sendTimes(3001);
    // Sends leave a second apart; on a busy machine one may arrive a little late and the next on time.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(800);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(800);
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(1900);
  });

  it("keeps the bot to about 30 messages a second across chats", async () => {
    const rate = new SendRate();
    await Promise.all(Array.from({ length: 61 }, (_, i) => sendTelegramMessage(4000 + i, message, { rate })));
    const times = sendTimes().sort((a, b) => a - b);
    expect(times).toHaveLength(61);
    // Paced, not all at once (the pace itself, stalls included, is in send-rate.test.ts; arrival
    // times here also carry this busy process's delays).
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(1_900);
  });

  it("waits as long as a 429 asks, then sends", async () => {
    fake.fail("sendMessage", { kind: "rateLimited", retryAfter: 1 });
    const started = Date.now();
    expect(await sendTelegramMessage(3002, message, { rate: new SendRate() })).toMatchObject({ status: "sent" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(sendTimes(3002)).toHaveLength(2);
  });

  it("does not hold a lane for a 429 that asks too long: the reminder is retried later", async () => {
    fake.fail("sendMessage", { kind: "rateLimited", retryAfter: 120 });
    expect(await sendTelegramMessage(3003, message, { rate: new SendRate() })).toMatchObject({ status: "failed", permanent: false });
  });

  it("retries 5xx with backoff, and reports a transient failure when they go on", async () => {
    fake.fail("sendMessage", { kind: "serverError" }, 2);
    expect(await sendTelegramMessage(3004, message, { rate: new SendRate(), backoffMs: 50 })).toMatchObject({ status: "sent" });
    expect(sendTimes(3004)).toHaveLength(3);
    fake.fail("sendMessage", { kind: "serverError" }, 3);
    expect(await sendTelegramMessage(3005, message, { rate: new SendRate(), backoffMs: 50 })).toMatchObject({ status: "failed", permanent: false });
  });

  it("reports a blocked bot (403) as such", async () => {
    fake.fail("sendMessage", { kind: "blocked" }, 1, 3006);
    expect(await sendTelegramMessage(3006, message, { rate: new SendRate() })).toMatchObject({ status: "blocked" });
  });

  it("gives up on a hung API after its timeout, and the next send goes through", async () => {
    fake.fail("sendMessage", { kind: "hang" });
    const started = Date.now();
    expect(await sendTelegramMessage(3007, message, { rate: new SendRate(), timeoutMs: 300 })).toMatchObject({ status: "failed", permanent: false });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await sendTelegramMessage(3008, message, { rate: new SendRate(), timeoutMs: 300 })).toMatchObject({ status: "sent" });
  });
});
