// The background worker: runs queued jobs (emails, reminders, clean-ups).
// Started alongside the web server by `npm run dev` / `npm start`, or alone
// with `npm run worker`.
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { assertServerEnv } from "@/lib/env/server-env";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { retryJobsNow } from "@/lib/jobs/retry-jobs-now";
import { startWorker } from "@/lib/jobs/start-worker";
import { componentLogger } from "@/lib/log/logger";
import { onMailServerBack, registerMailBacklog } from "@/lib/mail/mail-server-status";
import { startClaimReaper } from "@/lib/reminders/claim-reaper";
import { countDueReminders } from "@/lib/reminders/count-due-reminders";
import { dispatchRemindersJob } from "@/lib/reminders/dispatch-reminders-job";
import { enableTelegramReminders } from "@/lib/telegram/enable-telegram-reminders";
import { startTelegramUpdates } from "@/lib/telegram/start-telegram-updates";
import { jobDefinitions } from "./worker-jobs";

const log = componentLogger("worker");

// pg-boss 10 records a job's outcome without awaiting it, so while Postgres
// restarts that write rejects with nobody listening, and Node would stop the
// worker. The job stays active until it expires and then runs again; every
// handler may run twice (at worst one more email, never a second reminder).
// Anything else still stops the process.
// See docs/decisions/011-worker-and-database-outages.md.
process.on("unhandledRejection", (reason) => {
  if (!isDatabaseUnavailable(reason)) throw reason;
  log.warn(`database unavailable: ${(reason as Error).message}`);
});

const env = assertServerEnv();
// Before any job runs: reminders go by email and, where linked, Telegram.
enableTelegramReminders();
const boss = await startWorker(env.DATABASE_URL, jobDefinitions);
log.info(`worker: running ${jobDefinitions.length} queue(s)`);
// Updates from Telegram: a webhook registered here, or a long poll (one worker at a time).
const telegram = startTelegramUpdates(env.DATABASE_URL);

// While the SMTP server is away the dispatcher stops claiming; the minute
// lines say how much waits, and its return starts a run at once rather than
// at the next minute, and runs the account emails' pending retries at once
// rather than when their backoff says (a reset link could wait hours more).
// A dead worker's claimed reminders are freed when its lease runs out, and a run is queued for them.
const queueDispatch = () => {
  enqueueJob(dispatchRemindersJob, {}).catch((error: unknown) => log.warn(`could not queue a reminders run: ${String(error)}`));
};
registerMailBacklog("reminders", () => countDueReminders());
const mailQueues = jobDefinitions.filter((job) => job.sendsMail).map((job) => job.name);
onMailServerBack(() => {
  queueDispatch();
  retryJobsNow(mailQueues)
    .then((count) => {
      if (count > 0) log.info(`${count} email job(s) waiting for the SMTP server retried now`);
    })
    .catch((error: unknown) => log.warn(`could not retry the email jobs: ${String(error)}`));
});
startClaimReaper(env.REMINDER_CLAIM_TIMEOUT_SECONDS * 1000, queueDispatch);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`worker: ${signal}, finishing running jobs`);
  await telegram?.stop();
  await boss.stop({ graceful: true, timeout: 10_000, wait: true });
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
