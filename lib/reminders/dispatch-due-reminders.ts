import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { fixedClock, type Clock } from "@/lib/time/clock";
import { deliverLoadedReminder, loadRemindersForDelivery, releaseClaims, type DeliveryOutcome } from "./deliver-reminder";

export type DispatchOptions = {
  /** Where "now" comes from while the run goes on; or a fixed `now`. */
  clock?: Clock;
  now?: Date;
  /** Claimed per round trip. */
  batchSize?: number;
  /** Sent at once; SMTP servers take a few parallel connections well. */
  concurrency?: number;
  /** Stop after this many and report `more`, so one job never runs for hours. */
  maxPerRun?: number;
  /** A claim older than this belongs to a worker that died: the reminder is due again. */
  claimTimeoutMs?: number;
};

export type DispatchResult = Record<DeliveryOutcome, number> & { more: boolean };

/**
 * Sends every reminder due at `now`. Rows are claimed (SCHEDULED -> SENDING)
 * with SKIP LOCKED, so several workers can run this at once without sending
 * anything twice.
 */
export async function dispatchDueReminders(options: DispatchOptions): Promise<DispatchResult> {
  const { concurrency = 4, maxPerRun = 2_000, claimTimeoutMs = 5 * 60_000 } = options;
  // Claim no more than is sent at once: a claim then never waits long in memory before its send.
  const batchSize = options.batchSize ?? concurrency;
  const clock = options.clock ?? fixedClock(options.now ?? new Date());
  const started = clock.now();
  const result: DispatchResult = { sent: 0, failed: 0, retried: 0, cancelled: 0, skipped: 0, superseded: 0, more: false };

  await db().reminder.updateMany({
    where: { state: "SENDING", claimedAt: { lt: new Date(started.getTime() - claimTimeoutMs) } },
    data: { state: "SCHEDULED", claimedAt: null, claimToken: null },
  });

  let processed = 0;
  while (processed < maxPerRun) {
    const now = clock.now();
    const token = randomUUID();
    const claimed = await db().$queryRaw<{ id: string }[]>`
      UPDATE "Reminder" SET state = 'SENDING', "claimedAt" = ${now}, "claimToken" = ${token},
             attempts = attempts + 1, "updatedAt" = ${now}
       WHERE id IN (
         SELECT id FROM "Reminder"
          WHERE state = 'SCHEDULED' AND "dueAt" <= ${now}
          ORDER BY "dueAt"
          LIMIT ${Math.min(batchSize, maxPerRun - processed)}
          FOR UPDATE SKIP LOCKED)
      RETURNING id`;
    if (claimed.length === 0) return result;

    const ids = claimed.map((row) => row.id);
    const queue = await loadRemindersForDelivery(ids).catch(async (error: unknown) => {
      await releaseClaims(ids, token);
      throw error;
    });
    // A lane that fails stops every lane from taking more, and the run waits
    // for the sends already under way before it reports the error: nothing is
    // left sending behind a job that pg-boss believes has ended.
    const failures: unknown[] = [];
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        while (failures.length === 0) {
          const next = queue.shift();
          if (next === undefined) return;
          try {
            result[await deliverLoadedReminder(next, clock.now())] += 1;
          } catch (error) {
            failures.push(error);
          }
        }
      }),
    );
    if (failures.length > 0) {
      await releaseClaims(
        queue.map((reminder) => reminder.id),
        token,
      );
      throw failures[0];
    }
    processed += claimed.length;
  }
  result.more = true;
  return result;
}
