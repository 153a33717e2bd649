import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/test/support/factories";
import { deliveriesById, seedDueReminders, startTestWorker, triggerDispatch } from "@/test/support/reminder-backlog";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";
import { exited, waitFor } from "@/test/support/worker-process";

const REMINDERS = 500;
const CONCURRENCY = 4;
const sentCount = () => db().reminder.count({ where: { id: { startsWith: "crash-reminder-" }, state: "SENT" } });

describe("the worker", () => {
  const servers: { stop: () => Promise<void> }[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  it(
    "killed with SIGKILL in the middle of a batch, then restarted, sends every reminder within 2 minutes, at most one per lane twice",
    async () => {
      const smtp = await startScriptableSmtpServer({ delayMs: 4 });
      servers.push(smtp);
      const user = await createTestUser();
      await seedDueReminders(user.id, REMINDERS, "crash");
      // The lease is the default one: what is measured is what deployments get.
      const env = { REMINDER_SEND_CONCURRENCY: String(CONCURRENCY) };
      const first = startTestWorker(smtp.url, env);
      await waitFor(() => first.output().includes("worker: running"), "the worker to start");
      await triggerDispatch();
      await waitFor(() => smtp.received.length >= 100, "the first hundred emails");
      first.kill("SIGKILL");
      await exited(first);
      expect(smtp.received.length).toBeLessThan(REMINDERS);

      const second = startTestWorker(smtp.url, env);
      try {
        await waitFor(() => second.output().includes("worker: running"), "the worker to restart");
        const restarted = Date.now();
        await triggerDispatch();
        // Claims of the killed worker are freed when its lease runs out, and a run is queued for them.
        await waitFor(async () => (await sentCount()) === REMINDERS, "every reminder to be sent", 120_000 - (Date.now() - restarted));
      } finally {
        second.kill("SIGTERM");
        await exited(second);
      }

      const counts = deliveriesById(smtp.received);
      expect(counts.size).toBe(REMINDERS);
      // Only messages whose SMTP conversation was under way at the kill (sent, not yet recorded) can go twice:
      // at most one per send lane. They carry the same Message-ID, which mail clients merge.
      const duplicates = smtp.received.length - counts.size;
      expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
      expect(await db().reminder.count({ where: { id: { startsWith: "crash-reminder-" }, state: { not: "SENT" } } })).toBe(0);
    },
    200_000,
  );
});
