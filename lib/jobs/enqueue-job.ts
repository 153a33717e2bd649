import "server-only";
import type PgBoss from "pg-boss";
import type { z } from "zod";
import { serverEnv } from "@/lib/env/server-env";
import { createBoss } from "./create-boss";
import type { JobDefinition } from "./define-job";

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

/** Validates the payload against the job's schema and queues it; returns the job id. */
export async function enqueueJob<P extends z.ZodType>(job: JobDefinition<P>, payload: z.input<P>): Promise<string> {
  const data = job.payload.parse(payload) as object;
  const boss = await client();
  const id = await boss.send(job.name, data);
  if (!id) throw new Error(`job ${job.name} was not queued`);
  return id;
}
