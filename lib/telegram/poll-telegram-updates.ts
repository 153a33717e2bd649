import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { Bot } from "grammy";
import pg from "pg";
import { POOL_RESILIENCE } from "@/lib/db/pool-options";
import { receiveTelegramUpdate } from "./receive-telegram-update";
import { apiSignal, telegramBot } from "./telegram-bot";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("telegram");

/** Telegram serves getUpdates to one client at a time: the worker holding this advisory lock polls. */
export const POLLER_LOCK_KEY = 7_314_001;

export type PollerOptions = {
  connectionString: string;
  signal: AbortSignal;
  /** How long one getUpdates waits for news. */
  pollTimeoutSeconds?: number;
  /** How often a worker without the lock tries for it, and waits after losing it. */
  standbyMs?: number;
  /** Told when this worker starts or stops polling (logs, tests). */
  onPolling?: (polling: boolean) => void;
};

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch(() => undefined);
}

/**
 * Long-polls getUpdates while this process holds the poller lock, until
 * `signal` aborts. The lock is a session-level advisory lock on a connection
 * of its own: if the process or its connection dies, Postgres frees it and
 * another worker takes over within `standbyMs`.
 */
export async function pollTelegramUpdates(options: PollerOptions): Promise<void> {
  const bot = telegramBot();
  if (!bot) return;
  const { signal, standbyMs = 5_000 } = options;
  while (!signal.aborted) {
    const session = new pg.Client({ ...POOL_RESILIENCE, connectionString: options.connectionString, application_name: "simcase-telegram-poller" });
    let lost = false;
    let polled = false;
    session.on("error", () => (lost = true));
    session.on("end", () => (lost = true));
    try {
      await session.connect();
      while (!signal.aborted && !lost) {
        const { rows } = await session.query<{ held: boolean }>("SELECT pg_try_advisory_lock($1) AS held", [POLLER_LOCK_KEY]);
        if (rows[0]?.held) {
          polled = true;
          options.onPolling?.(true);
          await pollWhileHolding(bot, session, () => lost, options);
          break;
        }
        await pause(standbyMs, signal);
      }
    } catch (error) {
      if (!signal.aborted) log.warn(`poller: ${describe(error)}`);
    } finally {
      if (polled) options.onPolling?.(false);
      // Ending the session frees the lock for the next worker.
      await session.end().catch(() => undefined);
    }
    if (!signal.aborted) await pause(standbyMs, signal);
  }
}

async function pollWhileHolding(bot: Bot, session: pg.Client, lost: () => boolean, options: PollerOptions): Promise<void> {
  const { signal, pollTimeoutSeconds = 25 } = options;
  // getUpdates is refused while a webhook is set (one left from a deployment that used it).
  await bot.api.deleteWebhook({}, apiSignal(signal));
  let offset = 0;
  let failures = 0;
  while (!signal.aborted && !lost()) {
    // Still our session, so still our lock; throws (and gives up the poll) when the connection is gone.
    await session.query("SELECT 1");
    try {
      // A Bot API that stops answering ends this poll a little after the poll's own timeout.
      const deadline = AbortSignal.timeout((pollTimeoutSeconds + 10) * 1000);
      const updates = await bot.api.getUpdates(
        { offset, timeout: pollTimeoutSeconds, allowed_updates: ["message", "callback_query"] },
        apiSignal(AbortSignal.any([signal, deadline])),
      );
      for (const update of updates) {
        await receiveTelegramUpdate(update);
        // Asking from past an update confirms it to Telegram: only once it is stored.
        offset = update.update_id + 1;
      }
      if (failures > 0) log.info("poller: getUpdates answers again");
      failures = 0;
    } catch (error) {
      if (signal.aborted) return;
      failures += 1;
      if (failures === 1 || failures % 10 === 0) log.warn(`poller: ${describe(error)} (${failures} in a row)`);
      await pause(Math.min(30_000, 500 * 2 ** Math.min(failures, 6)), signal);
    }
  }
}
