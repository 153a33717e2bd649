import type PgBoss from "pg-boss";
import { createBoss } from "./create-boss";
import type { JobDefinition } from "./define-job";

/** Creates (or updates the retry and expiry policy of) one queue per definition. */
export async function ensureQueues(boss: PgBoss, definitions: readonly JobDefinition[]): Promise<void> {
  for (const job of definitions) {
    const options = {
      name: job.name,
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: job.retry.backoff,
      ...(job.expireInSeconds ? { expireInSeconds: job.expireInSeconds } : {}),
    };
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, options);
    else await boss.createQueue(job.name, options);
  }
}

/**
 * Creates the job schema and the queues. Runs with the migrations, before the
 * web process may send a job.
 */
export async function installQueues(connectionString: string, definitions: readonly JobDefinition[]): Promise<void> {
  const boss = createBoss(connectionString, "installer");
  await boss.start();
  try {
    await ensureQueues(boss, definitions);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
