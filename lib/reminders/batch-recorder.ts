import "server-only";
import type { SentRecorder } from "./deliver-reminder";
import { recordSent, type SentRecord } from "./record-reminder-outcomes";

/**
 * Group commit: every lane whose send finished while the last statement was
 * running is recorded together by the next one. Each caller waits for its
 * own record, so nothing sent stays unrecorded for longer than one round trip.
 */
export function batchRecorder(): SentRecorder {
  let pending: { record: SentRecord; now: Date; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let flushing = false;

  const flush = async () => {
    flushing = true;
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        await recordSent(
          batch.map((entry) => entry.record),
          batch.at(-1)!.now,
        );
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    flushing = false;
  };

  return (record, now) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ record, now, resolve, reject });
      if (!flushing) void flush();
    });
}
