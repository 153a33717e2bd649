import "server-only";
import { freeExpiredClaims } from "./reminder-claims";

/**
 * In the worker: every few seconds, frees the claims of runs that stopped
 * renewing them (their worker died) and calls `onFreed`, which queues a run.
 * A dead worker's reminders then go out within about a lease, not at the next
 * minute's run after it.
 */
export function startClaimReaper(leaseMs: number, onFreed: () => void): () => void {
  const timer = setInterval(() => {
    freeExpiredClaims(new Date(), leaseMs).then(
      (freed) => freed > 0 && onFreed(),
      // The database is away: the next tick tries again.
      () => undefined,
    );
  }, Math.min(10_000, Math.max(1_000, leaseMs / 3)));
  timer.unref();
  return () => clearInterval(timer);
}
