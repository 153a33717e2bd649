import { afterEach, expect } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser } from "./factories";
import { deliveriesById, seedDueReminders, startTestWorker } from "./reminder-backlog";
import { startScriptableSmtpServer } from "./scriptable-smtp-server";
import { exited, waitFor } from "./worker-process";

// The reported wedge: an SMTP outage with messages in flight stopped all mail
// until the worker was restarted. Each scenario runs the real worker process,
// one per file so that their long waits overlap.
export const REMINDERS = 300;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A worker on a scriptable SMTP server, with REMINDERS due reminders of one user. */
export async function setUp() {
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

export async function expectEachDeliveredOnce(smtp: { received: { messageId: string }[] }, withinMs: number, log: (error: Error) => never) {
  const sent = () => db().reminder.count({ where: { id: { startsWith: "outage-reminder-" }, state: "SENT" } });
  await waitFor(async () => (await sent()) === REMINDERS, "every reminder to be delivered", withinMs).catch(log);
  const counts = deliveriesById(smtp.received as never);
  expect(counts.size).toBe(REMINDERS);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
}
