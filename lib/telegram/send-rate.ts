import { setTimeout as sleep } from "node:timers/promises";

/**
 * Paces sends within Telegram's limits: about 30 messages a second for the
 * bot, and one a second per chat. Each send takes the first slot free on both
 * counts. A 429 pushes every slot back by the wait Telegram asks for, since
 * its flood control is per bot. Per process: see docs/decisions/015.
 */
export class SendRate {
  private nextSlot = 0;
  private readonly nextInChat = new Map<string, number>();

  constructor(
    private readonly perSecond = 30,
    private readonly chatGapMs = 1_000,
  ) {}

  /** Waits for this chat's next slot. */
  async take(chatId: string, signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot, this.nextInChat.get(chatId) ?? 0);
    this.nextSlot = slot + 1_000 / this.perSecond;
    this.nextInChat.set(chatId, slot + this.chatGapMs);
    if (this.nextInChat.size > 10_000) this.forget(now);
    if (slot > now) await sleep(slot - now, undefined, { signal });
  }

  /** Telegram asked the bot to wait: nothing goes out before then. */
  holdAll(ms: number): void {
    this.nextSlot = Math.max(this.nextSlot, Date.now() + ms);
  }

  private forget(now: number): void {
    for (const [chat, next] of this.nextInChat) if (next < now) this.nextInChat.delete(chat);
  }
}
