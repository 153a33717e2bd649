// The background worker: runs queued jobs (emails, reminders, clean-ups).
// Started alongside the web server by `npm run dev` / `npm start`, or alone
// with `npm run worker`.
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { assertServerEnv } from "@/lib/env/server-env";
import { jobDefinitions } from "@/lib/jobs/registry";
import { startWorker } from "@/lib/jobs/start-worker";
import { startTelegramUpdates } from "@/lib/telegram/start-telegram-updates";

// pg-boss 10 records a job's outcome without awaiting it, so while Postgres
// restarts that write rejects with nobody listening, and Node would stop the
// worker. The job stays active until it expires and then runs again; every
// handler may run twice (at worst one more email, never a second reminder).
// Anything else still stops the process.
// See docs/decisions/011-worker-and-database-outages.md.
process.on("unhandledRejection", (reason) => {
  if (!isDatabaseUnavailable(reason)) throw reason;
  console.warn(`[jobs] database unavailable: ${(reason as Error).message}`);
});

const env = assertServerEnv();
const boss = await startWorker(env.DATABASE_URL, jobDefinitions);
console.log(`worker: running ${jobDefinitions.length} queue(s)`);
// Updates from Telegram: a webhook registered here, or a long poll (one worker at a time).
const telegram = startTelegramUpdates(env.DATABASE_URL);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`worker: ${signal}, finishing running jobs`);
  await telegram?.stop();
  await boss.stop({ graceful: true, timeout: 10_000, wait: true });
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
