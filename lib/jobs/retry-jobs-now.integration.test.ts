import type PgBoss from "pg-boss";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { testDatabaseUrl } from "@/test/support/test-env";
import { createBoss } from "./create-boss";
import { defineJob } from "./define-job";
import { ensureQueues } from "./install-queues";
import { retryJobsNow } from "./retry-jobs-now";

const retry = { limit: 5, delaySeconds: 600, backoff: true };
const mailJob = defineJob({ name: "test.retry-now-mail", payload: z.object({}), retry, sendsMail: true, handler: () => Promise.resolve() });
const otherJob = defineJob({ name: "test.retry-now-other", payload: z.object({}), retry, handler: () => Promise.resolve() });

let boss: PgBoss;
beforeEach(async () => {
  boss = createBoss(testDatabaseUrl(), "installer");
  await boss.start();
});
afterEach(() => boss.stop({ graceful: false, wait: true }));

/** Queues a job on each and fails it once, as a send refused by an absent server does. */
async function failedOnce(name: string): Promise<string> {
  const id = await boss.send(name, {});
  const [job] = await boss.fetch(name);
  expect(job?.id).toBe(id);
  await boss.fail(name, id!, { message: "SMTP server unreachable" });
  return id!;
}

async function job(id: string) {
  const [row] = await db().$queryRawUnsafe<{ state: string; retry_count: number; wait: number }[]>(
    "SELECT state::text, retry_count, extract(epoch FROM start_after - now())::float AS wait FROM pgboss.job WHERE id = $1::uuid",
    id,
  );
  return row!;
}

describe("retryJobsNow", () => {
  it("brings the named queues' pending retries to now, and nothing else", async () => {
    await ensureQueues(boss, [mailJob, otherJob]);
    const mail = await failedOnce(mailJob.name);
    const other = await failedOnce(otherJob.name);
    // Queued for later on purpose (not a retry): it keeps its time.
    const later = (await boss.send(mailJob.name, {}, { startAfter: 3600 }))!;
    expect(await job(mail)).toMatchObject({ state: "retry", retry_count: 0 });
    expect((await job(mail)).wait).toBeGreaterThan(500);

    expect(await retryJobsNow([mailJob.name])).toBe(1);

    expect(await job(mail)).toMatchObject({ state: "retry", retry_count: 0 });
    expect((await job(mail)).wait).toBeLessThanOrEqual(0);
    expect((await job(other)).wait).toBeGreaterThan(500);
    expect((await job(later)).wait).toBeGreaterThan(3500);
    // pg-boss hands it out now, as its retry, with its attempts counted as before.
    const [fetched] = await boss.fetch(mailJob.name, { includeMetadata: true });
    expect(fetched).toMatchObject({ id: mail, retryCount: 1 });
    // Once is enough: nothing is moved twice, and no queue means nothing to do.
    expect(await retryJobsNow([mailJob.name])).toBe(0);
    expect(await retryJobsNow([])).toBe(0);
  });

  it("leaves a job that has used up its retries failed", async () => {
    const once = defineJob({ ...mailJob, name: "test.retry-now-once", retry: { limit: 0, delaySeconds: 600, backoff: false } });
    await ensureQueues(boss, [once]);
    const id = await failedOnce(once.name);

    expect(await retryJobsNow([once.name])).toBe(0);
    expect((await job(id)).state).toBe("failed");
  });
});
