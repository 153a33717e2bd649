import "server-only";
import { z } from "zod";
import { serverEnv } from "@/lib/env/server-env";
import { defineJob } from "@/lib/jobs/define-job";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { dispatchDueReminders } from "./dispatch-due-reminders";

/**
 * Sends the reminders that are due: every minute on pg-boss's schedule, and
 * again at once while a run leaves some behind.
 */
export const dispatchRemindersJob = defineJob({
  name: "reminders.dispatch",
  // `asOf` moves the clock for the end-to-end tests; honoured only where test controls are on.
  payload: z.object({ asOf: z.iso.datetime().optional() }),
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  cron: "* * * * *",
  async handler({ asOf }) {
    const env = serverEnv();
    const now = asOf && env.ENABLE_TEST_CONTROLS ? new Date(asOf) : new Date();
    const result = await dispatchDueReminders({ now, claimTimeoutMs: env.REMINDER_CLAIM_TIMEOUT_SECONDS * 1000 });
    if (result.more) await enqueueJob(dispatchRemindersJob, asOf ? { asOf } : {});
  },
});
