import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { startWorker } from "@/lib/jobs/start-worker";
import { startFakeTelegramApi } from "@/test/support/fake-telegram-api";
import { waitFor } from "@/test/support/worker-process";
import { testDatabaseUrl } from "@/test/support/test-env";

// Set before the app reads its environment: the fake Bot API, and a webhook secret for the route.
const fake = await startFakeTelegramApi();
const SECRET = randomBytes(24).toString("base64url");
process.env.TELEGRAM_BOT_TOKEN = fake.token;
process.env.TELEGRAM_API_ROOT = fake.apiRoot;
process.env.TELEGRAM_WEBHOOK_SECRET = SECRET;
afterAll(() => fake.stop());

const { POST } = await import("@/app/api/telegram/webhook/route");
const { pollTelegramUpdates } = await import("./poll-telegram-updates");
const { telegramUpdateJob } = await import("./telegram-update-job");

const queuedJobs = async () =>
  (await db().$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pgboss.job WHERE name = ${telegramUpdateJob.name}`)[0]!.count;

function webhookRequest(body: unknown, secret?: string) {
  return new Request("http://localhost:3000/api/telegram/webhook", {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }) },
    body: JSON.stringify(body),
  });
}

describe("the webhook", () => {
  it("refuses a missing or wrong secret with 401, and nothing happens", async () => {
    const update = { update_id: 42, ...fake.textUpdate(2001, "/help") };
    for (const secret of [undefined, "", "wrong-secret-wrong-secret", SECRET.slice(0, -1), `${SECRET}x`]) {
      expect((await POST(webhookRequest(update, secret))).status).toBe(401);
    }
    expect(await db().telegramUpdate.count()).toBe(0);
    expect(await queuedJobs()).toBe(0n);
  });

  it("stores an update and queues a job naming only its id; a repeat queues nothing more", async () => {
    const update = { update_id: 43, ...fake.textUpdate(2002, "/help") };
    expect((await POST(webhookRequest(update, SECRET))).status).toBe(200);
    expect((await POST(webhookRequest(update, SECRET))).status).toBe(200);
    const jobs = await db().$queryRaw<{ data: unknown }[]>`SELECT data FROM pgboss.job WHERE name = ${telegramUpdateJob.name}`;
    expect(jobs.map((job) => job.data)).toEqual([{ updateId: 43 }, { updateId: 43 }]);

    // The job answers, erases the stored words, and a later repeat queues nothing.
    await telegramUpdateJob.handler({ updateId: 43 }, { jobId: "test", attempt: 1 });
    await telegramUpdateJob.handler({ updateId: 43 }, { jobId: "test", attempt: 1 });
    expect(fake.messagesTo(2002)).toHaveLength(1);
    const stored = await db().telegramUpdate.findUniqueOrThrow({ where: { id: 43n } });
    expect(stored.payload).toBeNull();
    expect(stored.handledAt).toBeInstanceOf(Date);
    expect((await POST(webhookRequest(update, SECRET))).status).toBe(200);
    expect(await queuedJobs()).toBe(2n);
  });

  it("hands an update whose worker died while handling it to the retry, once the take has run out, and not before", async () => {
    const update = { update_id: 44, ...fake.textUpdate(2003, "/help") };
    expect((await POST(webhookRequest(update, SECRET))).status).toBe(200);
    const takenAgo = (seconds: number) =>
      db().$executeRaw`UPDATE "TelegramUpdate" SET "handledAt" = now() - make_interval(secs => ${seconds}) WHERE id = 44`;

    await takenAgo(10);
    await telegramUpdateJob.handler({ updateId: 44 }, { jobId: "test", attempt: 2 });
    expect(fake.messagesTo(2003)).toHaveLength(0);

    await takenAgo((telegramUpdateJob.expireInSeconds ?? 0) + 1);
    await telegramUpdateJob.handler({ updateId: 44 }, { jobId: "test", attempt: 2 });
    expect(fake.messagesTo(2003)).toHaveLength(1);
    expect((await db().telegramUpdate.findUniqueOrThrow({ where: { id: 44n } })).payload).toBeNull();
    // pg-boss retries the dead worker's job after the same time.
    const [queue] = await db().$queryRaw<{ expire: number }[]>`SELECT expire_seconds AS expire FROM pgboss.queue WHERE name = ${telegramUpdateJob.name}`;
    expect(queue?.expire).toBe(telegramUpdateJob.expireInSeconds);
  });

  it("refuses a body that is not an update", async () => {
    expect((await POST(webhookRequest({ hello: "world" }, SECRET))).status).toBe(400);
    expect(await db().telegramUpdate.count()).toBe(0);
  });
});

describe("the poller", () => {
  it("runs in exactly one of two workers; the other takes over when it stops", async () => {
    const worker = await startWorker(testDatabaseUrl(), [telegramUpdateJob]);
    const first = new AbortController();
    const second = new AbortController();
    const polling: string[] = [];
    const options = { connectionString: testDatabaseUrl(), pollTimeoutSeconds: 1, standbyMs: 200 };
    const runs = [
      pollTelegramUpdates({ ...options, signal: first.signal, onPolling: (on) => on && polling.push("first") }),
      pollTelegramUpdates({ ...options, signal: second.signal, onPolling: (on) => on && polling.push("second") }),
    ];
    try {
      await waitFor(() => polling.length > 0, "a poller to start");
      fake.userSays(2010, "/help");
      await waitFor(() => fake.messagesTo(2010).length === 1, "the reply to /help", 15_000);
      // Several long polls later, still one at a time and never a conflict.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(polling).toHaveLength(1);
      expect(fake.polls.maxInFlight).toBe(1);
      expect(fake.polls.conflicts).toBe(0);

      (polling[0] === "first" ? first : second).abort();
      await waitFor(() => polling.length === 2, "the other worker to take over", 10_000);
      fake.userSays(2011, "/help");
      await waitFor(() => fake.messagesTo(2011).length === 1, "the reply after the takeover", 15_000);
      expect(fake.polls.conflicts).toBe(0);
      expect(fake.messagesTo(2010)).toHaveLength(1);
      expect(fake.unconfirmed()).toHaveLength(0);
    } finally {
      first.abort();
      second.abort();
      await Promise.all(runs);
      await worker.stop({ graceful: false, wait: true });
    }
  });

  it("rides out a Bot API that fails or hangs, and handles what comes after", async () => {
    const worker = await startWorker(testDatabaseUrl(), [telegramUpdateJob]);
    const stop = new AbortController();
    fake.fail("getUpdates", { kind: "serverError" }, 2);
    fake.fail("getUpdates", { kind: "hang" });
    const run = pollTelegramUpdates({ connectionString: testDatabaseUrl(), signal: stop.signal, pollTimeoutSeconds: 1, standbyMs: 200 });
    try {
      fake.userSays(2020, "/help");
      await waitFor(() => fake.messagesTo(2020).length === 1, "the reply after two 500s and a hung poll", 25_000);
    } finally {
      stop.abort();
      await run;
      await worker.stop({ graceful: false, wait: true });
    }
  }, 45_000);
});
