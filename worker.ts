// The background worker: runs queued jobs (emails now, reminders later).
// Started alongside the web server by `npm run dev` / `npm start`, or alone
// with `npm run worker`.
import { assertServerEnv } from "@/lib/env/server-env";
import { jobDefinitions } from "@/lib/jobs/registry";
import { startWorker } from "@/lib/jobs/start-worker";

const env = assertServerEnv();
const boss = await startWorker(env.DATABASE_URL, jobDefinitions);
console.log(`worker: running ${jobDefinitions.length} queue(s)`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`worker: ${signal}, finishing running jobs`);
  await boss.stop({ graceful: true, timeout: 10_000, wait: true });
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
