// `npm run bench:reminders`: first a baseline, a bare nodemailer pooled
// transport sending BENCH_REMINDERS messages to a local SMTP sink with the
// same concurrency and no database; then the same number of reminders made
// due at once in a fresh database, delivered by the real worker process to the
// same sink. Prints both rates and their ratio, the total time, how late the
// reminders went out (p50/p99 of sent time minus due time) and the worker's
// peak RSS (VmRSS, sampled). Prints figures; asserts nothing.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import nodemailer from "nodemailer";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { createBoss } from "@/lib/jobs/create-boss";
import { dispatchRemindersJob } from "@/lib/reminders/dispatch-reminders-job";
import { startTestDatabase } from "@/test/support/test-database";

const COUNT = Number(process.env.BENCH_REMINDERS ?? 100_000);
const CONCURRENCY = Number(process.env.REMINDER_SEND_CONCURRENCY ?? 16);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
sink.on("error", () => undefined);
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", () => resolve()));
const port = (sink.server.address() as AddressInfo).port;
const smtpUrl = `smtp://127.0.0.1:${port}`;

async function baseline(): Promise<number> {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, pool: true, maxConnections: CONCURRENCY, maxMessages: 100 });
  // About the size of a reminder: a text and an HTML part of a couple of kilobytes.
  const text = "Check for the operator's answer. ".repeat(60);
  const html = `<p>${text}</p>`.repeat(2);
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < COUNT) {
        const n = next++;
        await transport.sendMail({ from: "bench@example.com", to: `bench${n}@example.com`, subject: `Reminder ${n}`, text, html });
      }
    }),
  );
  transport.close();
  return (performance.now() - start) / 1000;
}

async function rssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

const baselineSeconds = await baseline();
const baselineRate = COUNT / baselineSeconds;
console.log(`baseline (bare nodemailer pool, ${CONCURRENCY} connections, no database): ${COUNT} in ${baselineSeconds.toFixed(1)} s, ${baselineRate.toFixed(0)}/s`);

const database = await startTestDatabase("simcase_bench_reminders");
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();
let worker: ReturnType<typeof spawn> | undefined;
try {
  const seedStart = performance.now();
  // Due far in the future while the worker starts; made due all at once just before the run.
  await sql.query(`
    INSERT INTO "User" (id, email, "emailVerified", "updatedAt")
    SELECT 'bench-user-' || g, 'bench' || g || '@example.com', now(), now() FROM generate_series(0, 999) g;
    INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", nickname, status, "expectedBy", "updatedAt")
    SELECT 'case-' || g, 'bench-user-' || (g % 1000), 'METFONE', 'PHYSICAL', 'SEVEN_DAY',
           '+85597' || lpad(g::text, 7, '0'), 'SIM ' || g, 'WAITING_FOR_OPERATOR', now(), now()
      FROM generate_series(1, ${COUNT}) g;
    INSERT INTO "Reminder" (id, "caseId", kind, sequence, round, "dueAt", "updatedAt")
    SELECT 'reminder-' || g, 'case-' || g, 'CHECK', 0, 0, now() + interval '10 years', now() FROM generate_series(1, ${COUNT}) g;
    ANALYZE;`);
  console.log(`seeded ${COUNT} reminders in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "worker.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      SMTP_URL: smtpUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      APP_URL: "http://localhost:3000",
      REMINDER_SEND_CONCURRENCY: String(CONCURRENCY),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => worker!.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("worker: running") && resolve()));
  let peakRss = await rssKb(worker.pid!);

  await sql.query(`UPDATE "Reminder" SET "dueAt" = now()`);
  const boss = createBoss(database.url, "client");
  await boss.start();
  accepted = 0;
  const start = performance.now();
  await boss.send(dispatchRemindersJob.name, {});
  await boss.stop({ graceful: false, wait: true });

  let sent = 0;
  let lastCount = 0;
  while (sent < COUNT) {
    await sleep(250);
    peakRss = Math.max(peakRss, await rssKb(worker.pid!));
    if (performance.now() - lastCount < 1000) continue;
    lastCount = performance.now();
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
  const rate = COUNT / seconds;
  console.log(`\n\nreminders (worker, ${CONCURRENCY} send lanes): ${COUNT} delivered in ${seconds.toFixed(1)} s, ${rate.toFixed(0)}/s`);
  console.log(`ratio to baseline: ${(rate / baselineRate).toFixed(2)}x (target >= 0.5x); total ${seconds.toFixed(1)} s (target <= 60 s)`);
  console.log(`SMTP sink accepted ${accepted} messages`);
  console.log(`lateness (sent - due): p50 ${Number(p50).toFixed(1)} s, p99 ${Number(p99).toFixed(1)} s, max ${Number(max).toFixed(1)} s (target p99 <= 60 s)`);
  console.log(`worker peak RSS: ${(peakRss / 1024).toFixed(0)} MB (target <= 300 MB)`);
} finally {
  worker?.kill("SIGTERM");
  await sql.end();
  await database.stop();
  sink.close();
}
