import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bookTelegramSendSlot } from "./book-send-slot";
import { SendRate } from "./send-rate";

const mostInOneSecond = (times: number[]) => Math.max(...times.map((start) => times.filter((at) => at >= start && at < start + 1_000).length));

describe("the bot-wide Telegram pace", () => {
  it("is shared by every worker: two processes' senders together stay at about 30 a second", async () => {
    // Two workers' pacers, each on its own: together they would send 60 a second.
    const [a, b] = [new SendRate(30, 1_000, bookTelegramSendSlot), new SendRate(30, 1_000, bookTelegramSendSlot)];
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a : b).take(`chat-${i}`).then(() => times.push(Date.now()))),
    );
    expect(times).toHaveLength(60);
    expect(mostInOneSecond(times)).toBeLessThanOrEqual(32);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(1_800);
  });

  it("books from now when the last slot is long past, so an idle bot sends at once", async () => {
    await db().telegramSendPace.upsert({ where: { id: 1 }, create: { id: 1, nextSlot: new Date(0) }, update: { nextSlot: new Date(0) } });
    // Slots are kept to the millisecond: "at once" may round up to under one.
    // A 10 s pace here: at 1/30 s, a busy machine took longer than the pace
    // between the two bookings, and the second rightly waited nothing.
    expect(await bookTelegramSendSlot(10)).toBeLessThan(1);
    // The next one waits the pace, less the moment between the two.
    const wait = await bookTelegramSendSlot(10);
    expect(wait).toBeGreaterThan(9_000);
    expect(wait).toBeLessThanOrEqual(10_000);
  });
});
