import "server-only";
import { db } from "@/lib/db/client";
import { JOB_SCHEMA } from "./create-boss";

/**
 * Moves the pending retries of the named queues to now; returns how many.
 *
 * pg-boss spaces a failed job's retries by its queue's backoff, which knows
 * nothing of why it failed: a reset link asked during a two-hour mail outage
 * would wait up to two hours more after the server is back. The worker calls
 * this when the SMTP server answers again. pg-boss has no call for it; the
 * statement touches only `start_after` of jobs already waiting to be retried,
 * so their attempt counts and limits stay pg-boss's.
 */
export async function retryJobsNow(queues: readonly string[]): Promise<number> {
  if (queues.length === 0) return 0;
  // The schema name is our constant, never input.
  return db().$executeRawUnsafe(
    `UPDATE ${JOB_SCHEMA}.job SET start_after = now()
      WHERE name = ANY($1::text[]) AND state = 'retry' AND start_after > now()`,
    [...queues],
  );
}
