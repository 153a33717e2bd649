import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/define-job";
import { sendMailNotice } from "./send-mail-notice";

/**
 * Older than this, a notice's own job has failed for good or was never queued.
 * Longer than that job's retries (5, with backoff from 30 s), so the two never
 * send the same notice.
 */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * A notice is queued right after the transaction that writes it; if that
 * failed, the address would sit in the table for ever. This sends what was
 * left behind, so every notice is sent and then deleted.
 */
export const sweepMailNoticesJob = defineJob({
  name: "account.sweep-mail-notices",
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  cron: "*/15 * * * *",
  async handler() {
    await sweepMailNotices();
  },
});

export async function sweepMailNotices(now = new Date()): Promise<number> {
  const stale = await db().mailNotice.findMany({
    where: { createdAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of stale) if ((await sendMailNotice(id)) === "sent") sent += 1;
  return sent;
}
