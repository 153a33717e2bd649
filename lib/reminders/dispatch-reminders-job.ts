import "server-only";
import { z } from "zod";
import { serverEnv } from "@/lib/env/server-env";
import { defineJob } from "@/lib/jobs/define-job";
import { enqueueThrottledJob } from "@/lib/jobs/enqueue-job";
import { componentLogger } from "@/lib/log/logger";
import { offsetClock, systemClock } from "@/lib/time/clock";
import { dispatchDueReminders } from "./dispatch-due-reminders";

/**
 * Sends the reminders that are due: every minute on pg-boss's schedule, at
 * once when the mail server is back after an outage, and whenever a test
 * moves the clock. One run goes on until nothing is due: it loops, it does
 * not queue itself again to continue. When more is due than one batch it
 * queues one more run (at most one every 10 s) for another worker to pick up,
 * so every worker joins a large backlog within seconds.
 */
const log = componentLogger("reminders");

export const dispatchRemindersJob = defineJob({
  name: "reminders.dispatch",
  // `asOf` moves the clock for the end-to-end tests; honoured only where test controls are on.
  payload: z.object({ asOf: z.iso.datetime().optional() }),
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  cron: "* * * * *",
  async handler({ asOf }) {
    const env = serverEnv();
    const clock = asOf && env.ENABLE_TEST_CONTROLS ? offsetClock(Date.parse(asOf) - Date.now()) : systemClock;
    await dispatchDueReminders({
      clock,
      leaseMs: env.REMINDER_CLAIM_TIMEOUT_SECONDS * 1000,
      concurrency: env.REMINDER_SEND_CONCURRENCY,
      // A worker runs one dispatch at a time, so a queued run is taken by an idle worker, which joins in.
      onBacklog: () => {
        enqueueThrottledJob(dispatchRemindersJob, { asOf }, { key: "backlog", seconds: 10 }).catch((error: unknown) =>
          log.warn(`could not queue a helping reminders run: ${String(error)}`),
        );
      },
    });
  },
});
