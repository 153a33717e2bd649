// `npm run bench:reminders`: first a baseline, a bare nodemailer pooled
// transport sending BENCH_REMINDERS messages to a local SMTP sink with the
// same concurrency and no database; then the same number of reminders made
// due at once in a fresh database, delivered by the real worker process to the
// same sink: first by one worker, then again (fresh database) by one worker
// per CPU (BENCH_WORKERS overrides the count). Prints the rates and their
// ratio to the baseline, the total time, how late the reminders went out
// (p50/p99 of sent time minus due time) and the largest worker's RSS (VmRSS,
// sampled) idle and at its peak. Prints figures; asserts nothing.
// BENCH_WORKER_ARGS adds node flags to the workers (e.g. --cpu-prof).
import { fork, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import os from "node:os";
import { connect } from "node:net";
import { performance } from "node:perf_hooks";
import nodemailer from "nodemailer";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createBoss } from "@/lib/jobs/create-boss";
import { dispatchRemindersJob } from "@/lib/reminders/dispatch-reminders-job";
import { startTestDatabase } from "@/test/support/test-database";
import { WORKER_NODE_ARGS } from "@/scripts/lib/worker-command";

const COUNT = Number(process.env.BENCH_REMINDERS ?? 100_000);
// A worker set up for large sends: each lane is one SMTP connection, and 32
// keep both the sink and the database busy on a small machine.
const CONCURRENCY = Number(process.env.REMINDER_SEND_CONCURRENCY ?? 32);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The sink runs in a process of its own, so the baseline's client and the
// worker each have it at the same distance (see smtp-sink.mjs).
const sink = fork(fileURLToPath(new URL("./smtp-sink.mjs", import.meta.url)), { stdio: "inherit", execArgv: [] });
const port = await new Promise<number>((resolve) => sink.once("message", (message: { port: number }) => resolve(message.port)));
const accepted = () =>
  new Promise<number>((resolve) => {
    sink.once("message", (message: { count: number }) => resolve(message.count));
    sink.send("count");
  });
const smtpUrl = `smtp://127.0.0.1:${port}`;

async function baseline(): Promise<number> {
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port,
    pool: true,
    maxConnections: CONCURRENCY,
    maxMessages: 100,
    // TCP_NODELAY, as the app's transport sets it: without it every command waits for a delayed ACK and the baseline is a third as fast.
    getSocket: (_options, callback) => {
      const socket = connect(port, "127.0.0.1", () => callback(null, { connection: socket }));
      socket.setNoDelay(true);
      socket.once("error", (error) => callback(error, undefined));
    },
  });
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

type Run = { seconds: number; p50: number; p99: number; max: number; startRss: number; peakRss: number; accepted: number };

/** COUNT reminders made due at once in a fresh database, delivered by `workers` worker processes. */
async function deliverWithWorkers(workers: number): Promise<Run> {
  const database = await startTestDatabase(`simcase_bench_reminders_${workers}`);
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const children: ReturnType<typeof spawn>[] = [];
  try {
    const seedStart = performance.now();
    // Due far in the future while the workers start; made due all at once just before the run.
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

    const authSecret = randomBytes(32).toString("base64url");
    for (let i = 0; i < workers; i++) {
      const worker = spawn(process.execPath, [...(process.env.BENCH_WORKER_ARGS?.split(" ").filter(Boolean) ?? []), ...WORKER_NODE_ARGS], {
        env: {
          ...process.env,
          NODE_ENV: "production",
          DATABASE_URL: database.url,
          SMTP_URL: smtpUrl,
          AUTH_SECRET: authSecret,
          APP_URL: "http://localhost:3000",
          REMINDER_SEND_CONCURRENCY: String(CONCURRENCY),
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      children.push(worker);
      await new Promise<void>((resolve) => worker.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("worker: running") && resolve()));
    }
    const rssAll = async () => Promise.all(children.map((child) => rssKb(child.pid!)));
    const startRss = Math.max(...(await rssAll()));
    let peakRss = startRss;

    await sql.query(`UPDATE "Reminder" SET "dueAt" = now()`);
    const boss = createBoss(database.url, "client");
    await boss.start();
    const acceptedBefore = await accepted();
    const start = performance.now();
    // One run, as the schedule would start it: it queues a helping run that an idle worker picks up.
    await boss.send(dispatchRemindersJob.name, {});
    await boss.stop({ graceful: false, wait: true });

    let sent = 0;
    let lastCount = 0;
    while (sent < COUNT) {
      await sleep(250);
      peakRss = Math.max(peakRss, ...(await rssAll()));
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
    process.stdout.write("\n");
    return { seconds, p50: Number(p50), p99: Number(p99), max: Number(max), startRss, peakRss, accepted: (await accepted()) - acceptedBefore };
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await sql.end();
    await database.stop();
  }
}

function report(label: string, run: Run) {
  const rate = COUNT / run.seconds;
  console.log(`\n${label}: ${COUNT} delivered in ${run.seconds.toFixed(1)} s, ${rate.toFixed(0)}/s`);
  console.log(`  ratio to baseline: ${(rate / baselineRate).toFixed(2)}x (target >= 0.5x); total ${run.seconds.toFixed(1)} s (target <= 60 s)`);
  console.log(`  SMTP sink accepted ${run.accepted} messages`);
  console.log(`  lateness (sent - due): p50 ${run.p50.toFixed(1)} s, p99 ${run.p99.toFixed(1)} s, max ${run.max.toFixed(1)} s (target p99 <= 60 s)`);
  console.log(`  worker RSS (largest worker): ${(run.startRss / 1024).toFixed(0)} MB idle, peak ${(run.peakRss / 1024).toFixed(0)} MB (target <= 300 MB)`);
}

// One worker against the single-process baseline; then one worker per CPU,
// the shape `npm run cluster` and a production deploy run.
const perCpu = Number(process.env.BENCH_WORKERS ?? os.availableParallelism());
try {
  report(`one worker, ${CONCURRENCY} send lanes`, await deliverWithWorkers(1));
  if (perCpu > 1) report(`${perCpu} workers (one per CPU), ${CONCURRENCY} send lanes each`, await deliverWithWorkers(perCpu));
} finally {
  sink.kill();
}
