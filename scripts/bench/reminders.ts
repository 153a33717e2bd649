// `npm run bench:reminders`: makes 100,000 reminders due at once in a fresh
// database, starts the real worker process against a local SMTP sink, and
// prints how long delivering them all takes, the rate, and how late they went
// out (p50/p99 of sent time minus due time). Prints figures; asserts nothing.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { createBoss } from "@/lib/jobs/create-boss";
import { dispatchRemindersJob } from "@/lib/reminders/dispatch-reminders-job";
import { startTestDatabase } from "@/test/support/test-database";

const COUNT = Number(process.env.BENCH_REMINDERS ?? 100_000);
const CONCURRENCY = process.env.REMINDER_SEND_CONCURRENCY ?? "16";

let accepted = 0;
const sink = new SMTPServer({
  authOptional: true,
  disableReverseLookup: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    stream.on("data", () => undefined);
    stream.on("end", () => {
      accepted += 1;
      callback();
    });
  },
});
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", () => resolve()));
const smtpUrl = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;

const database = await startTestDatabase("simcase_bench_reminders");
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();
let worker: ReturnType<typeof spawn> | undefined;
try {
  const seedStart = performance.now();
  await sql.query(`
    INSERT INTO "User" (id, email, "updatedAt")
    SELECT 'bench-user-' || g, 'bench' || g || '@example.com', now() FROM generate_series(0, 999) g;
    INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", nickname, status, "expectedBy", "updatedAt")
    SELECT 'case-' || g, 'bench-user-' || (g % 1000), 'METFONE', 'PHYSICAL', 'SEVEN_DAY',
           '+85597' || lpad(g::text, 7, '0'), 'SIM ' || g, 'WAITING_FOR_OPERATOR', now(), now()
      FROM generate_series(1, ${COUNT}) g;
    INSERT INTO "Reminder" (id, "caseId", kind, sequence, round, "dueAt", "updatedAt")
    SELECT 'reminder-' || g, 'case-' || g, 'CHECK', 0, 0, now(), now() FROM generate_series(1, ${COUNT}) g;
    ANALYZE;`);
  console.log(`seeded ${COUNT} due reminders in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "worker.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      SMTP_URL: smtpUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      APP_URL: "http://localhost:3000",
      REMINDER_SEND_CONCURRENCY: CONCURRENCY,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => worker!.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("worker: running") && resolve()));

  const boss = createBoss(database.url, "client");
  await boss.start();
  const start = performance.now();
  await boss.send(dispatchRemindersJob.name, {});
  await boss.stop({ graceful: false, wait: true });

  let sent = 0;
  while (sent < COUNT) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    sent = Number((await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "Reminder" WHERE state = 'SENT'`)).rows[0]!.n);
    process.stdout.write(`\r${sent} sent`);
    if (performance.now() - start > 30 * 60_000) throw new Error("gave up after 30 minutes");
  }
  const seconds = (performance.now() - start) / 1000;
  const lateness = await sql.query<{ p50: number; p99: number; max: number }>(`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "sentAt" - "dueAt")) AS p50,
           percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM "sentAt" - "dueAt")) AS p99,
           max(extract(epoch FROM "sentAt" - "dueAt")) AS max
      FROM "Reminder" WHERE state = 'SENT'`);
  const { p50, p99, max } = lateness.rows[0]!;
  console.log(`\n\n${COUNT} reminders delivered in ${seconds.toFixed(1)} s: ${(COUNT / seconds).toFixed(0)} reminders/s`);
  console.log(`SMTP sink accepted ${accepted} messages (send concurrency ${CONCURRENCY})`);
  console.log(`lateness (sent - due): p50 ${Number(p50).toFixed(1)} s, p99 ${Number(p99).toFixed(1)} s, max ${Number(max).toFixed(1)} s`);
} finally {
  worker?.kill("SIGTERM");
  await sql.end();
  await database.stop();
  sink.close();
}
