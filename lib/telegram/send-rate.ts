import { setTimeout as sleep } from "node:timers/promises";

/**
 * Paces sends within Telegram's limits: about 30 messages a second for the
 * bot, and one a second per chat. Sends of one chat queue behind each other;
 * all chats then take turns on the bot's pace. Gaps are measured from when
 * the previous send actually left, not from a slot booked in advance: after
 * the event loop stalls (a long GC, a busy machine), overdue sends go out one
 * pace apart instead of all at once. A 429 holds every send for the wait
 * Telegram asks for, since its flood control is per bot. With `bookSlot`, the
 * bot-wide pace is shared by every worker through the database; the per-chat
 * gap stays per process (a chat's reminders rarely meet in two workers).
 */
export class SendRate {
  private botTurn: Promise<void> = Promise.resolve();
  private lastSent = Number.NEGATIVE_INFINITY;
  private heldUntil = 0;
  private readonly chatTurns = new Map<string, Promise<void>>();
  private readonly lastInChat = new Map<string, number>();

  constructor(
    private readonly perSecond = 30,
    private readonly chatGapMs = 1_000,
    /**
     * Books a bot-wide slot shared with the other workers and returns the wait
     * for it (bookTelegramSendSlot); without it, the pace is this process's own.
     */
    private readonly bookSlot?: (gapSeconds: number) => Promise<number>,
  ) {}

  /** Waits until this chat, and then the bot, may send. */
  take(chatId: string, signal?: AbortSignal): Promise<void> {
    const mine = (this.chatTurns.get(chatId) ?? Promise.resolve()).then(async () => {
      await waitUntil((this.lastInChat.get(chatId) ?? Number.NEGATIVE_INFINITY) + this.chatGapMs, signal);
      await this.takeBotTurn(signal);
      this.lastInChat.set(chatId, Date.now());
    });
    const settled = mine.catch(() => undefined);
    this.chatTurns.set(chatId, settled);
    void settled.then(() => {
      if (this.chatTurns.get(chatId) === settled) this.chatTurns.delete(chatId);
      if (this.lastInChat.size > 10_000) this.forget();
    });
    return mine;
  }

  /** Telegram asked the bot to wait: nothing goes out before then. */
  holdAll(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, Date.now() + ms);
  }

  private takeBotTurn(signal?: AbortSignal): Promise<void> {
    const turn = this.botTurn.then(async () => {
      // Checked in a loop: a 429 may arrive while this send waits.
      while (Date.now() < Math.max(this.lastSent + 1_000 / this.perSecond, this.heldUntil)) {
        await waitUntil(Math.max(this.lastSent + 1_000 / this.perSecond, this.heldUntil), signal);
      }
      // Booked only now, one at a time per process: a stall cannot leave a row of booked slots overdue.
      if (this.bookSlot) await waitUntil(Date.now() + (await this.bookSlot(1 / this.perSecond)), signal);
      this.lastSent = Date.now();
    });
    this.botTurn = turn.catch(() => undefined);
    return turn;
  }

  private forget(): void {
    const now = Date.now();
    for (const [chat, last] of this.lastInChat) if (last + this.chatGapMs < now) this.lastInChat.delete(chat);
  }
}

async function waitUntil(at: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  // A timer may fire a millisecond early by Date.now(): sleep again rather than send early.
  for (let wait = at - Date.now(); wait > 0; wait = at - Date.now()) await sleep(wait, undefined, { signal });
}
