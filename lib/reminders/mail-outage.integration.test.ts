import { afterEach, describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/test/support/factories";
import { deliveriesById, seedDueReminders, startTestWorker, triggerDispatch } from "@/test/support/reminder-backlog";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";
import { exited, waitFor } from "@/test/support/worker-process";

// The reported wedge: an SMTP outage with messages in flight stopped all mail
// until the worker was restarted. Each test runs the real worker process.
const REMINDERS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp() {
  const smtp = await startScriptableSmtpServer({ delayMs: 10 });
  const worker = startTestWorker(smtp.url, { REMINDER_SEND_CONCURRENCY: "8" });
  cleanups.push(async () => {
    if (process.env.DEBUG_WORKER_LOG) await import("node:fs/promises").then((fs) => fs.writeFile(process.env.DEBUG_WORKER_LOG!, worker.output()));
    worker.kill("SIGKILL");
    await exited(worker);
    await smtp.stop();
  });
  const log = (error: Error) => {
    throw new Error(`${error.message}\n--- worker output ---\n${worker.output().slice(-3000)}`);
  };
  await waitFor(() => worker.output().includes("worker: running"), "the worker to start").catch(log);
  const user = await createTestUser();
  await seedDueReminders(user.id, REMINDERS, "outage");
  return { smtp, worker, user, log };
}

async function expectEachDeliveredOnce(smtp: { received: { messageId: string }[] }, withinMs: number, log: (error: Error) => never) {
  const sent = () => db().reminder.count({ where: { id: { startsWith: "outage-reminder-" }, state: "SENT" } });
  await waitFor(async () => (await sent()) === REMINDERS, "every reminder to be delivered", withinMs).catch(log);
  const counts = deliveriesById(smtp.received as never);
  expect(counts.size).toBe(REMINDERS);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
}

describe("mail outages", () => {
  it(
    "a server killed in the middle of DATA and back 60 s later: every reminder goes out once, a reset asked meanwhile too, no restart",
    async () => {
      const { smtp, worker, user, log } = await setUp();
      await triggerDispatch();
      await waitFor(() => smtp.received.length >= 20, "the first emails").catch(log);
      await smtp.killDuringNextData();
      const beforeOutage = smtp.received.length;
      expect(beforeOutage).toBeLessThan(REMINDERS);

      await sleep(10_000);
      await requestPasswordReset(user.email);
      await sleep(50_000);
      await smtp.restart();
      const back = Date.now();

      await expectEachDeliveredOnce(smtp, 180_000, log);
      console.log(`all delivered ${(Date.now() - back) / 1000} s after the restart`);
      await waitFor(() => smtp.received.some((mail) => mail.to.includes(user.email) && /password/i.test(mail.subject)), "the reset email", 180_000 - (Date.now() - back)).catch(log);
      expect(worker.exitCode).toBeNull();
      const output = worker.output();
      expect(output.match(/\[mail\] SMTP server unreachable:/g)).toHaveLength(1);
      expect(output.match(/\[mail\] SMTP server reachable again/g)).toHaveLength(1);
    },
    300_000,
  );

  it(
    "a server that takes connections and then says nothing for 90 s: every reminder goes out once after it",
    async () => {
      const { smtp, worker, log } = await setUp();
      await triggerDispatch();
      await waitFor(() => smtp.received.length >= 40, "the first emails").catch(log);
      const resume = await smtp.stall();
      await sleep(90_000);
      await resume();

      const back = Date.now();
      await expectEachDeliveredOnce(smtp, 180_000, log);
      console.log(`all delivered ${(Date.now() - back) / 1000} s after the stall`);
      expect(worker.exitCode).toBeNull();
      expect(worker.output()).toMatch(/SMTP server reachable again/);
    },
    300_000,
  );
});
