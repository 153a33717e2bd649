import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/define-job";

/**
 * A retry comes within minutes of its lost answer (a tap again, a page
 * reloaded); a day covers a phone that was offline overnight. Past it, the
 * same form sent again creates a second row (decision 031).
 */
export const SUBMISSION_KEPT_MS = 24 * 60 * 60 * 1000;

/** Forgets the submission keys older than a day; returns how many. */
export async function sweepSubmissions(now = new Date()): Promise<number> {
  const { count } = await db().submission.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SUBMISSION_KEPT_MS) } } });
  return count;
}

export const sweepSubmissionsJob = defineJob({
  name: "cases.sweep-submissions",
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  cron: "23 * * * *",
  async handler() {
    await sweepSubmissions();
  },
});
