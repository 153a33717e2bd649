import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { createBoss } from "@/lib/jobs/create-boss";
import { freezePostgres, thawPostgres } from "@/test/support/freeze-postgres";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";
import { freePort, migrate } from "@/test/support/test-database";
import { exited, startWorkerProcess, waitFor } from "@/test/support/worker-process";
import { dispatchRemindersJob } from "./dispatch-reminders-job";

async function seedDueReminder(url: string, n: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  if (n === 1) {
    await client.query(`INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ('restart-user', 'restart@example.com', now(), now())`);
  }
  await client.query(
    `INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", status, "expectedBy", "updatedAt")
     VALUES ($1, 'restart-user', 'SMART', 'PHYSICAL', 'SEVEN_DAY', '+85512345678', 'WAITING_FOR_OPERATOR', now(), now())`,
    [`restart-case-${n}`],
  );
  await client.query(
    `INSERT INTO "Reminder" (id, "caseId", kind, sequence, round, "dueAt", "updatedAt")
     VALUES ($1, $2, 'CHECK', 0, 0, now() - interval '1 minute', now())`,
    [`restart-reminder-${n}`, `restart-case-${n}`],
  );
  await client.end();
}

async function trigger(url: string) {
  const boss = createBoss(url, "client");
  await boss.start();
  await boss.send(dispatchRemindersJob.name, {});
  await boss.stop({ graceful: false, wait: true });
}

async function reminderStates(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ state: string }>(`SELECT state FROM "Reminder" ORDER BY id`);
    return rows.map((row) => row.state);
  } finally {
    await client.end();
  }
}

const sentIds = (mails: { messageId: string }[]) => mails.map((mail) => /reminder-(restart-reminder-\d)/.exec(mail.messageId)?.[1]);

/** A worker process on a Postgres of its own (the test stops or freezes it) and a scriptable SMTP server. */
async function workerOnItsOwnPostgres(label: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `simcase-${label}-`));
  const options = { dataDir: path.join(dir, "data"), port: await freePort(), persistent: true };
  let server = await startEmbeddedPostgres(options);
  const smtp = await startScriptableSmtpServer();
  await server.createDatabase(label);
  const url = server.urlFor(label);
  await migrate(url);
  const worker = startWorkerProcess({
    DATABASE_URL: url,
    SMTP_URL: smtp.url,
    AUTH_SECRET: process.env.AUTH_SECRET!,
    APP_URL: "http://localhost:3000",
    // A claim left by the interrupted send is taken for dead quickly, so the test need not wait minutes.
    REMINDER_CLAIM_TIMEOUT_SECONDS: "1",
  });
  const alive = () => {
    if (worker.exitCode !== null) throw new Error(`the worker exited with code ${worker.exitCode}`);
    return true;
  };
  // The worker's own log is what tells why it did not recover.
  const withLog = (error: Error) => {
    throw new Error(`${error.message}\n--- worker output ---\n${worker.output().slice(-4000)}`);
  };
  return {
    smtp,
    url,
    worker,
    alive,
    withLog,
    stopPostgres: () => server.stop(),
    /** Starts the stopped server again, on the same files and port. */
    async startPostgres() {
      server = await startEmbeddedPostgres(options);
    },
    async stop() {
      worker.kill("SIGTERM");
      await exited(worker);
      await smtp.stop();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
    /**
     * The opening both outages share: one reminder sent, then a second one
     * held at the SMTP server, so the outage strikes in the middle of a send.
     */
    async sendOneThenHoldTheNext() {
      await waitFor(() => worker.output().includes("worker: running"), "the worker to start");
      await seedDueReminder(url, 1);
      await trigger(url);
      await waitFor(() => smtp.received.length === 1, "the first email");
      smtp.holdNext();
      await seedDueReminder(url, 2);
      await trigger(url);
      await waitFor(() => smtp.heldCount() === 1, "the second email to reach the SMTP server");
    },
    /** Once the database is back: a third reminder goes out and all three are recorded as sent, with nobody stepping in. */
    async expectEachSentAfterwards(when: string) {
      await seedDueReminder(url, 3);
      await trigger(url);
      await waitFor(() => alive() && sentIds(smtp.received).includes("restart-reminder-3"), `an email ${when}`, 90_000).catch(withLog);
      await waitFor(async () => alive() && (await reminderStates(url)).every((state) => state === "SENT"), "every reminder recorded as sent", 90_000).catch(withLog);
      // The interrupted one may go twice (its send could not be recorded); the others exactly once.
      const sent = sentIds(smtp.received);
      expect(sent.filter((id) => id === "restart-reminder-1")).toHaveLength(1);
      expect(sent.filter((id) => id === "restart-reminder-3")).toHaveLength(1);
      expect(sent.filter((id) => id === "restart-reminder-2").length).toBeGreaterThanOrEqual(1);
    },
  };
}

describe("the worker", () => {
  it(
    "survives a Postgres restart, even in the middle of a send, without anyone stepping in",
    async () => {
      const setup = await workerOnItsOwnPostgres("restart");
      const { smtp, worker } = setup;
      try {
        // The SMTP server takes the second email only once Postgres is gone:
        // the run cannot record it, and pg-boss cannot record the job's end.
        await setup.sendOneThenHoldTheNext();
        await setup.stopPostgres();
        smtp.releaseHeld();
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await setup.startPostgres();

        await setup.expectEachSentAfterwards("after the restart");
        expect(worker.exitCode).toBeNull();
        expect(worker.output()).toMatch(/database unavailable|reminders\.dispatch .* failed/);
      } finally {
        await setup.stop();
      }
    },
    240_000,
  );

  it(
    "survives a Postgres that stops answering mid-send, and sends again once it wakes",
    async () => {
      const setup = await workerOnItsOwnPostgres("frozen");
      const { smtp, url, worker, alive, withLog } = setup;
      const frozen: number[] = [];
      try {
        // The server freezes while the second email is at the SMTP server: its
        // outcome cannot be written, and every open connection goes silent.
        await setup.sendOneThenHoldTheNext();
        await freezePostgres(url, frozen);
        smtp.releaseHeld();
        // Past the pools' 17 s read timeout: the worker's queries give up, rather than wait for the server.
        await waitFor(() => alive() && /Query read timeout|database unavailable/.test(worker.output()), "the worker to give up on the silent server", 60_000).catch(withLog);
        thawPostgres(frozen);

        await setup.expectEachSentAfterwards("after the server woke");
      } finally {
        thawPostgres(frozen);
        await setup.stop();
      }
    },
    240_000,
  );
});