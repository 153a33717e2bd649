import "server-only";
import type PgBoss from "pg-boss";
import { createBoss } from "./create-boss";
import type { JobDefinition } from "./define-job";
import { ensureQueues } from "./install-queues";

/** Starts consuming every queue; resolves once the worker is listening. */
export async function startWorker(connectionString: string, definitions: readonly JobDefinition[]): Promise<PgBoss> {
  const boss = createBoss(connectionString, "worker");
  await boss.start();
  await ensureQueues(boss, definitions);
  for (const job of definitions) {
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work(job.name, { includeMetadata: true, pollingIntervalSeconds: 1 }, async ([raw]) => {
      if (!raw) return;
      // Payloads were checked when queued; this guards against jobs queued by older code.
      const attempt = raw.retryCount + 1;
      try {
        const payload = job.payload.parse(raw.data);
        await job.handler(payload, { jobId: raw.id, attempt });
      } catch (error) {
        // pg-boss records the failure and retries; this line is what an operator reads.
        console.warn(`[jobs] ${job.name} ${raw.id} attempt ${attempt} failed: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    });
  }
  return boss;
}
