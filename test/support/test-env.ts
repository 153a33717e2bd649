import { inject } from "vitest";
import type { WorkerResources } from "../integration/global-setup";

/** This test worker's own database and inbox (see test/integration/global-setup.ts). */
export function workerResources(): WorkerResources {
  const workers = inject("workers");
  const id = Number(process.env.VITEST_POOL_ID ?? "1");
  const mine = workers[id - 1];
  if (!mine) throw new Error(`no test database for worker ${id}: the run has ${workers.length} (maxWorkers)`);
  return mine;
}

export const testDatabaseUrl = () => workerResources().databaseUrl;
export const testMailDir = () => workerResources().mailDir;
