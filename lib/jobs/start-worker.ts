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
      const payload = job.payload.parse(raw.data);
      await job.handler(payload, { jobId: raw.id, attempt: raw.retryCount + 1 });
    });
  }
  return boss;
}
