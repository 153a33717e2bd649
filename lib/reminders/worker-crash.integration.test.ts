import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBoss } from "@/lib/jobs/create-boss";
import { createTestUser } from "@/test/support/factories";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";
import { exited, startWorkerProcess, waitFor } from "@/test/support/worker-process";
import { dispatchRemindersJob } from "./dispatch-reminders-job";

const REMINDERS = 500;
const CONCURRENCY = 4;

async function seedDueReminders(ownerId: string, count: number) {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  await client.query(
    `INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", status, "expectedBy", "updatedAt")
     SELECT 'crash-case-' || g, $1, 'SMART', 'PHYSICAL', 'SEVEN_DAY', '+85512000' || lpad(g::text, 3, '0'),
            'WAITING_FOR_OPERATOR', now(), now()
       FROM generate_series(1, $2) g;
     `.trim(),
    [ownerId, count],
  );
  await client.query(
    `INSERT INTO "Reminder" (id, "caseId", kind, sequence, round, "dueAt", "updatedAt")
     SELECT 'crash-reminder-' || g, 'crash-case-' || g, 'CHECK', 0, 0, now() - interval '1 minute', now()
       FROM generate_series(1, $1) g`,
    [count],
  );
  await client.end();
}

describe("the worker", () => {
  const boss = createBoss(inject("databaseUrl"), "client");
  afterAll(() => boss.stop({ graceful: false, wait: true }));

  it(
    "killed with SIGKILL in the middle of a batch of 500, then restarted, sends every reminder",
    async () => {
      const smtp = await startScriptableSmtpServer({ delayMs: 4 });
      const user = await createTestUser();
      await seedDueReminders(user.id, REMINDERS);
      const env = {
        DATABASE_URL: inject("databaseUrl"),
        SMTP_URL: smtp.url,
        AUTH_SECRET: process.env.AUTH_SECRET!,
        APP_URL: "http://localhost:3000",
        REMINDER_CLAIM_TIMEOUT_SECONDS: "2",
        REMINDER_SEND_CONCURRENCY: String(CONCURRENCY),
      };
      await boss.start();
      try {
        const first = startWorkerProcess(env);
        await waitFor(() => first.output().includes("worker: running"), "the worker to start");
        await boss.send(dispatchRemindersJob.name, {});
        await waitFor(() => smtp.received.length >= 100, "the first hundred emails");
        first.kill("SIGKILL");
        await exited(first);
        const beforeRestart = smtp.received.length;
        expect(beforeRestart).toBeLessThan(REMINDERS);

        const second = startWorkerProcess(env);
        await waitFor(() => second.output().includes("worker: running"), "the worker to restart");
        // Claims of the killed worker expire after 2 s; then the next run picks them up.
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        await boss.send(dispatchRemindersJob.name, {});
        await waitFor(
          async () => (await db().reminder.count({ where: { id: { startsWith: "crash-reminder-" }, state: "SENT" } })) === REMINDERS,
          "every reminder to be sent",
          90_000,
        );
        second.kill("SIGTERM");
        await exited(second);

        const delivered = smtp.received.map((mail) => mail.messageId);
        const distinct = new Set(delivered);
        expect(distinct.size).toBe(REMINDERS);
        // Only messages in flight at the moment of the kill (accepted by SMTP, not yet marked sent) can go
        // twice: at most one per parallel send. They carry the same Message-ID, which mail clients merge.
        const duplicates = delivered.length - distinct.size;
        expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
        expect(await db().reminder.count({ where: { id: { startsWith: "crash-reminder-" }, state: { not: "SENT" } } })).toBe(0);
      } finally {
        await smtp.stop();
      }
    },
    150_000,
  );
});
