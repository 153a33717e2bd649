import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { sendPasswordResetEmailJob } from "@/lib/auth/send-password-reset-email";
import { currentRequestId, runWithLogFields } from "@/lib/log/log-context";
import { capturedLogs } from "@/test/support/captured-logs";
import { waitForMail } from "@/test/support/caught-mail";
import { createTestUser } from "@/test/support/factories";
import { waitFor } from "@/test/support/worker-process";
import { testDatabaseUrl } from "@/test/support/test-env";
import { startWorker } from "./start-worker";

// The web server's per-request storage (scripts/web-server.mjs), as lib/log reads it.
const KEY = Symbol.for("simcase.request-state");
const requestState = new AsyncLocalStorage<{ databaseUnavailable: boolean; requestId?: string }>();
const global = globalThis as { [KEY]?: unknown };

function asRequest<T>(requestId: string, work: () => Promise<T>): Promise<T> {
  return requestState.run({ databaseUnavailable: false, requestId }, work);
}

async function queuedPayloads(): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = $1`, [sendPasswordResetEmailJob.name]);
    return rows.map((row) => row.data);
  } finally {
    await client.end();
  }
}

describe("a request's id follows it into its jobs", () => {
  beforeEach(() => {
    global[KEY] = requestState;
  });
  afterEach(() => {
    delete global[KEY];
  });

  it("goes with the job it queues, and the worker's lines for that job carry it", async () => {
    const user = await createTestUser();
    await asRequest("req-reset-0001", () => requestPasswordReset(user.email));
    // The id rides in the payload beside the job's own ids, never in place of them.
    const [payload] = await queuedPayloads();
    expect(payload).toMatchObject({ _requestId: "req-reset-0001" });

    const boss = await startWorker(testDatabaseUrl(), [sendPasswordResetEmailJob]);
    try {
      expect(await waitForMail(user.email)).toHaveLength(1);
      await waitFor(() => capturedLogs().some((line) => line.msg === `${sendPasswordResetEmailJob.name} done`), "the job's log line");
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const done = capturedLogs().find((line) => line.msg === `${sendPasswordResetEmailJob.name} done`);
    expect(done).toMatchObject({ level: "info", component: "jobs", requestId: "req-reset-0001", job: sendPasswordResetEmailJob.name, attempt: 1 });
    expect(done!.jobId).toEqual(expect.any(String));
    expect(JSON.stringify(capturedLogs())).not.toContain(user.email);
  });

  it("is absent from a job queued outside any request", async () => {
    const user = await createTestUser();
    await requestPasswordReset(user.email);
    expect(await queuedPayloads()).toEqual([expect.not.objectContaining({ _requestId: expect.anything() as unknown })]);

    const boss = await startWorker(testDatabaseUrl(), [sendPasswordResetEmailJob]);
    try {
      await waitFor(() => capturedLogs().some((line) => line.msg === `${sendPasswordResetEmailJob.name} done`), "the job's log line");
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const done = capturedLogs().find((line) => line.msg === `${sendPasswordResetEmailJob.name} done`);
    expect(done).not.toHaveProperty("requestId");
  });

  it("reaches jobs queued by a job that the request queued", async () => {
    // A job's handler queuing another (a reminders run queuing emails) passes the id on.
    const user = await createTestUser();
    await runWithLogFields({ requestId: "req-chain-0002", job: "some.job", jobId: "j" }, async () => {
      expect(currentRequestId()).toBe("req-chain-0002");
      await requestPasswordReset(user.email);
    });
    expect(await queuedPayloads()).toEqual([expect.objectContaining({ _requestId: "req-chain-0002" })]);
  });
});
