import pg from "pg";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { testDatabaseUrl } from "@/test/support/test-env";
import { createBoss } from "./create-boss";
import { defineJob } from "./define-job";
import { enqueueThrottledJob } from "./enqueue-job";
import { ensureQueues } from "./install-queues";

const job = defineJob({
  name: "test.throttled",
  payload: z.object({ n: z.number() }),
  retry: { limit: 0, delaySeconds: 1, backoff: false },
  handler: () => Promise.resolve(),
});

async function queued(): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = $1 ORDER BY created_on`, [job.name])).rows.map((row) => row.data);
  } finally {
    await client.end();
  }
}

describe("enqueueThrottledJob", () => {
  it("queues one job per key and window; another key is queued too", async () => {
    const boss = createBoss(testDatabaseUrl(), "installer");
    await boss.start();
    await ensureQueues(boss, [job]);
    await boss.stop({ graceful: false, wait: true });
    // Both calls must fall in one 60 s window: start just after a window opens if the current one is about to close.
    const intoWindow = 60_000 - (Date.now() % 60_000);
    if (intoWindow < 5_000) await new Promise((resolve) => setTimeout(resolve, intoWindow + 50));

    expect(await enqueueThrottledJob(job, { n: 1 }, { key: "a", seconds: 60 })).toBe(true);
    expect(await enqueueThrottledJob(job, { n: 2 }, { key: "a", seconds: 60 })).toBe(false);
    expect(await enqueueThrottledJob(job, { n: 3 }, { key: "b", seconds: 60 })).toBe(true);
    expect(await queued()).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it("refuses a payload its schema does not allow, and queues nothing", async () => {
    // @ts-expect-error -- the wrong type on purpose
    await expect(enqueueThrottledJob(job, { n: "one" }, { key: "c", seconds: 60 })).rejects.toThrow();
    expect(await queued()).toEqual([]);
  });
});
