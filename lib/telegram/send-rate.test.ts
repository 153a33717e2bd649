import { describe, expect, it } from "vitest";
import { SendRate } from "./send-rate";

/** When each take() let its send go, by chat. */
async function releases(rate: SendRate, chats: string[], during?: () => void) {
  const times: { chat: string; at: number }[] = [];
  const pending = chats.map((chat) => rate.take(chat).then(() => times.push({ chat, at: Date.now() })));
  during?.();
  await Promise.all(pending);
  return times.sort((a, b) => a.at - b.at);
}

const mostInOneSecond = (times: { at: number }[]) => Math.max(...times.map(({ at: start }) => times.filter(({ at }) => at >= start && at < start + 1_000).length));

describe("SendRate", () => {
  it("lets at most about 30 sends a second go across chats", async () => {
    const times = await releases(new SendRate(), Array.from({ length: 61 }, (_, i) => `chat-${i}`));
    expect(times).toHaveLength(61);
    expect(mostInOneSecond(times)).toBeLessThanOrEqual(31);
  });

  it("keeps a second between sends to one chat, while other chats go on", async () => {
    const times = await releases(new SendRate(), ["a", "a", "b", "a", "c"]);
    const a = times.filter((t) => t.chat === "a").map((t) => t.at);
    // This test reads the clock a moment after the limiter does, which can fall in the next millisecond.
    expect(a[1]! - a[0]!).toBeGreaterThanOrEqual(999);
    expect(a[2]! - a[1]!).toBeGreaterThanOrEqual(999);
    // b and c did not wait for a's second.
    expect(times.findIndex((t) => t.chat === "c")).toBeLessThan(times.findLastIndex((t) => t.chat === "a"));
  });

  it("does not let overdue sends out all at once after the event loop stalls", async () => {
    const busyFor = (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until);
    };
    // The stall lands while 60 sends are queued: booked slots would all be overdue at its end.
    const times = await releases(new SendRate(), Array.from({ length: 60 }, (_, i) => `chat-${i}`), () => setTimeout(() => busyFor(800), 100));
    expect(mostInOneSecond(times)).toBeLessThanOrEqual(31);
  });

  it("holds every send for as long as a 429 asks", async () => {
    const rate = new SendRate();
    await rate.take("x");
    rate.holdAll(300);
    const started = Date.now();
    await rate.take("y");
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("gives up waiting when aborted", async () => {
    const rate = new SendRate();
    await rate.take("z");
    const stop = new AbortController();
    const waiting = rate.take("z", stop.signal);
    stop.abort();
    await expect(waiting).rejects.toThrow();
    // The chat's queue is not stuck behind the aborted send.
    await expect(rate.take("other")).resolves.toBeUndefined();
  });
});
