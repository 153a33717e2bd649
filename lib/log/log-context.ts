import { AsyncLocalStorage } from "node:async_hooks";
import { requestIdOfCurrentRequest } from "./create-logger.mjs";

/** What every log line written inside a job carries: the job, and the request that queued it. */
export type LogFields = { requestId?: string; job?: string; jobId?: string; attempt?: number };

// The worker runs each job's handler in here (lib/jobs/start-worker.ts). The
// worker is not bundled, so one module instance holds it; requests go through
// the web server's own storage (requestIdOfCurrentRequest).
const jobFields = new AsyncLocalStorage<LogFields>();

/** Runs `work` with `fields` on every log line it writes, on top of any already set. */
export function runWithLogFields<T>(fields: LogFields, work: () => T): T {
  return jobFields.run({ ...jobFields.getStore(), ...fields }, work);
}

/** The request this code works for: the one being served, or the one that queued the running job. */
export function currentRequestId(): string | undefined {
  return requestIdOfCurrentRequest() ?? jobFields.getStore()?.requestId;
}

export function currentLogFields(): LogFields {
  const requestId = currentRequestId();
  return requestId ? { ...jobFields.getStore(), requestId } : { ...jobFields.getStore() };
}
