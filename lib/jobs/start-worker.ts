import "server-only";
import type PgBoss from "pg-boss";
import { runWithLogFields } from "@/lib/log/log-context";
import { componentLogger } from "@/lib/log/logger";
import { createBoss } from "./create-boss";
import { REQUEST_ID_FIELD, type JobDefinition } from "./define-job";
import { ensureQueues } from "./install-queues";

const log = componentLogger("jobs");

/** The payload without the request id enqueueJob added, and that id (a string, or nothing). */
export function splitRequestId(data: unknown): { payload: unknown; requestId: string | undefined } {
  if (!data || typeof data !== "object" || !(REQUEST_ID_FIELD in data)) return { payload: data, requestId: undefined };
  const { [REQUEST_ID_FIELD]: requestId, ...payload } = data as Record<string, unknown>;
  return { payload, requestId: typeof requestId === "string" ? requestId : undefined };
}

/**
 * Runs one job's handler as the worker does: every line it logs carries the
 * job's name and id, and the id of the request that queued it.
 */
export async function runJob(job: JobDefinition, raw: { id: string; data: unknown; retryCount: number }): Promise<void> {
  const attempt = raw.retryCount + 1;
  const { payload, requestId } = splitRequestId(raw.data);
  await runWithLogFields({ requestId, job: job.name, jobId: raw.id, attempt }, async () => {
    try {
      // Payloads were checked when queued; this guards against jobs queued by older code.
      const started = performance.now();
      await job.handler(job.payload.parse(payload), { jobId: raw.id, attempt });
      log.info({ ms: Math.round(performance.now() - started) }, `${job.name} done`);
    } catch (error) {
      // pg-boss records the failure and retries; this line is what an operator reads.
      log.warn(`${job.name} attempt ${attempt} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  });
}

/** Starts consuming every queue; resolves once the worker is listening. */
export async function startWorker(connectionString: string, definitions: readonly JobDefinition[]): Promise<PgBoss> {
  const boss = createBoss(connectionString, "worker");
  await boss.start();
  await ensureQueues(boss, definitions);
  for (const job of definitions) {
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work(job.name, { includeMetadata: true, pollingIntervalSeconds: 1 }, async ([raw]) => {
      if (raw) await runJob(job, raw);
    });
  }
  return boss;
}
