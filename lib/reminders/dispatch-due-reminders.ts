import "server-only";
import { randomUUID } from "node:crypto";
import { fixedClock, type Clock } from "@/lib/time/clock";
import type { ReminderChannel } from "./channels/reminder-channel";
import { reminderChannels } from "./channels/reminder-channels";
import { deliverConfirmedReminder, type DeliveryOutcome } from "./deliver-reminder";
import { loadRemindersForDelivery, type ReminderForDelivery } from "./load-reminders-for-delivery";
import { claimDueReminders, confirmClaims, dropClaim, freeExpiredClaims, releaseClaims, renewClaims } from "./reminder-claims";
import { batchRecorder } from "./batch-recorder";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("reminders");

export type DispatchOptions = {
  /** Where "now" comes from while the run goes on; or a fixed `now`. */
  clock?: Clock;
  now?: Date;
  /** Claimed per round trip. */
  batchSize?: number;
  /** Sends under way at once (send lanes). */
  concurrency?: number;
  /** Stop claiming after this many and report `more`. */
  maxPerRun?: number;
  /** A claim not renewed for this long belongs to a run that died: the reminder is due again. */
  leaseMs?: number;
  channels?: readonly ReminderChannel[];
  /**
   * Called once, the first time a claim comes back full: more is due than
   * one batch, so another worker could help (the job queues a run for one).
   */
  onBacklog?: () => void;
};

export type DispatchResult = Record<DeliveryOutcome, number> & { more: boolean };

/**
 * Sends every reminder due, as a pipeline: claims come in large batches
 * (SKIP LOCKED, so several workers can run this at once), are confirmed in
 * small chunks just before sending, and each send lane takes the next one as
 * soon as its last is recorded; the queue is refilled while it still holds
 * work, so no lane waits for a batch to finish. While the run lives it renews
 * its claims; if it dies they are freed after `leaseMs`.
 */
export async function dispatchDueReminders(options: DispatchOptions): Promise<DispatchResult> {
  const concurrency = options.concurrency ?? 4;
  const batchSize = options.batchSize ?? 500;
  const maxPerRun = options.maxPerRun ?? Number.POSITIVE_INFINITY;
  const leaseMs = options.leaseMs ?? 60_000;
  const channels = options.channels ?? reminderChannels;
  const clock = options.clock ?? fixedClock(options.now ?? new Date());
  const now = () => clock.now();
  const token = randomUUID();
  const result: DispatchResult = { sent: 0, failed: 0, retried: 0, cancelled: 0, skipped: 0, superseded: 0, deferred: 0, unreachable: 0, more: false };

  await freeExpiredClaims(now(), leaseMs);

  const claimed: ReminderForDelivery[] = [];
  const ready: ReminderForDelivery[] = [];
  const lowWater = Math.max(concurrency * 4, Math.floor(batchSize / 2));
  const confirmChunk = Math.max(concurrency * 2, 8);
  let taken = 0;
  let exhausted = false;
  let backlogReported = false;
  let failure: { error: unknown } | undefined;
  let refilling: Promise<void> | undefined;
  let confirming: Promise<void> | undefined;
  const fail = (error: unknown) => {
    failure ??= { error };
  };
  const anyChannel = () => channels.some((channel) => channel.available());

  // The promise is cleared in a later tick than it is set (.finally), so a refill that ends at once never leaves a stale one.
  const refill = () =>
    (refilling ??= (async () => {
      try {
        while (!exhausted && !failure && claimed.length + ready.length < lowWater) {
          const limit = Math.min(batchSize, maxPerRun - taken);
          if (limit <= 0 || !anyChannel()) {
            result.more = limit <= 0;
            exhausted = true;
            return;
          }
          const ids = await claimDueReminders(token, limit, now(), channels);
          taken += ids.length;
          if (ids.length < limit) exhausted = true;
          else if (!backlogReported) {
            backlogReported = true;
            options.onBacklog?.();
          }
          if (ids.length === 0) return;
          const loaded = await loadRemindersForDelivery(ids).catch(async (error: unknown) => {
            await releaseClaims(ids, token);
            throw error;
          });
          claimed.push(...loaded);
        }
      } catch (error) {
        fail(error);
      }
    })().finally(() => {
      refilling = undefined;
    }));

  const confirmNext = () =>
    (confirming ??= (async () => {
      const chunk = claimed.splice(0, confirmChunk);
      try {
        const verdicts = await confirmClaims(chunk, now());
        for (const reminder of chunk) {
          const verdict = verdicts.get(reminder.id);
          if (verdict === "confirmed") ready.push(reminder);
          else if (verdict === "overtaken") result.superseded += 1;
          else result[(await dropClaim({ ...reminder, caseId: reminder.case.id }, now())) ? "cancelled" : "skipped"] += 1;
        }
      } catch (error) {
        claimed.unshift(...chunk);
        fail(error);
      }
    })().finally(() => {
      confirming = undefined;
    }));

  const next = async (): Promise<ReminderForDelivery | undefined> => {
    for (;;) {
      if (failure) return undefined;
      if (!anyChannel()) {
        exhausted = true;
        return undefined;
      }
      if (!exhausted && claimed.length + ready.length < lowWater) void refill();
      const reminder = ready.shift();
      if (reminder) return reminder;
      if (claimed.length > 0) await confirmNext();
      else if (refilling) await refilling;
      else if (confirming) await confirming;
      else if (exhausted) return undefined;
    }
  };

  const record = batchRecorder();
  const lane = async () => {
    for (let reminder = await next(); reminder; reminder = await next()) {
      try {
        result[await deliverConfirmedReminder(reminder, now, { channels, record })] += 1;
      } catch (error) {
        fail(error);
      }
    }
  };

  const heartbeat = setInterval(() => {
    renewClaims(token, now()).catch((error: unknown) => log.warn(`could not renew claims: ${String(error)}`));
  }, Math.max(250, leaseMs / 3));
  heartbeat.unref();
  try {
    await Promise.all(Array.from({ length: concurrency }, lane));
    await refilling;
  } finally {
    clearInterval(heartbeat);
    // Claimed but never sent (a failure, or no channel left): back in the queue at once, no attempt used.
    const unsent = [...claimed.splice(0), ...ready.splice(0)].map((reminder) => reminder.id);
    await releaseClaims(unsent, token, { uncount: true });
    result.deferred += failure ? 0 : unsent.length;
  }
  if (failure) throw failure.error;
  return result;
}
