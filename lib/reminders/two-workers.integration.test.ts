import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/test/support/factories";
import { deliveriesById, seedDueReminders, startTestWorker, triggerDispatch } from "@/test/support/reminder-backlog";
import { startScriptableSmtpServer } from "@/test/support/scriptable-smtp-server";
import { exited, waitFor } from "@/test/support/worker-process";

const BACKLOG = 2_000;
const sentCount = () => db().reminder.count({ where: { id: { startsWith: "crash-reminder-" }, state: "SENT" } });

describe("several workers", () => {
  const servers: { stop: () => Promise<void> }[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  it(
    "a second worker joins a backlog by itself, and each reminder is sent once",
    async () => {
      const [a, b] = [await startScriptableSmtpServer({ delayMs: 25 }), await startScriptableSmtpServer({ delayMs: 25 })];
      servers.push(a, b);
      const user = await createTestUser();
      // More than one run claims at once (500), so the second worker finds work left.
      await seedDueReminders(user.id, BACKLOG, "crash");
      const workers: ReturnType<typeof startTestWorker>[] = [];
      try {
        for (const smtp of [a, b]) {
          const worker = startTestWorker(smtp.url, { REMINDER_SEND_CONCURRENCY: "4" });
          workers.push(worker);
          await waitFor(() => worker.output().includes("worker: running"), "the workers to start").catch((error: Error) => {
            throw new Error(`${error.message}\n${worker.output().slice(-2000)}`);
          });
        }
        // One run is queued; the other worker joins because that run finds more than a batch due and asks for help.
        await triggerDispatch();
        await waitFor(async () => (await sentCount()) === BACKLOG, "every reminder to be sent", 90_000).catch((error: Error) => {
          throw new Error(`${error.message} (${a.received.length} + ${b.received.length} received)\n${workers.map((w) => w.output().slice(-2000)).join("\n---\n")}`);
        });
      } finally {
        for (const worker of workers) worker.kill("SIGTERM");
        for (const worker of workers) await exited(worker);
      }
      const counts = deliveriesById([...a.received, ...b.received]);
      expect(counts.size).toBe(BACKLOG);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      expect(a.received.length).toBeGreaterThan(0);
      expect(b.received.length).toBeGreaterThan(0);
    },
    180_000,
  );
});
