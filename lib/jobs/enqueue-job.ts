import "server-only";
import type PgBoss from "pg-boss";
import type { z } from "zod";
import { serverEnv } from "@/lib/env/server-env";
import { currentRequestId } from "@/lib/log/log-context";
import { createBoss } from "./create-boss";
import { REQUEST_ID_FIELD, type JobDefinition } from "./define-job";

const globalForJobs = globalThis as unknown as { simcaseBoss?: Promise<PgBoss> };

function client(): Promise<PgBoss> {
  globalForJobs.simcaseBoss ??= createBoss(serverEnv().DATABASE_URL, "client")
    .start()
    .catch((error: unknown) => {
      globalForJobs.simcaseBoss = undefined;
      throw error;
    });
  return globalForJobs.simcaseBoss;
}

async function send<P extends z.ZodType>(job: JobDefinition<P>, payload: z.input<P>, options: PgBoss.SendOptions = {}): Promise<string | null> {
  const data = job.payload.parse(payload) as object;
  const requestId = currentRequestId();
  const boss = await client();
  return boss.send(job.name, requestId ? { ...data, [REQUEST_ID_FIELD]: requestId } : data, options);
}

/**
 * Validates the payload against the job's schema and queues it; returns the
 * job id. Queued while serving a request (or running a job that one queued),
 * the payload also carries that request's id, so the worker's lines for the
 * job can be found from the request's (start-worker.ts).
 */
export async function enqueueJob<P extends z.ZodType>(job: JobDefinition<P>, payload: z.input<P>): Promise<string> {
  const id = await send(job, payload);
  if (!id) throw new Error(`job ${job.name} was not queued`);
  return id;
}

/**
 * Queues the job unless one with the same key was queued in the same window
 * of `seconds` (pg-boss's singleton slot); true when this call queued it.
 */
export async function enqueueThrottledJob<P extends z.ZodType>(
  job: JobDefinition<P>,
  payload: z.input<P>,
  throttle: { key: string; seconds: number },
): Promise<boolean> {
  return (await send(job, payload, { singletonKey: throttle.key, singletonSeconds: throttle.seconds })) !== null;
}
