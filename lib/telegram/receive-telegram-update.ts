import "server-only";
import { db } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { telegramUpdateJob } from "./telegram-update-job";

/**
 * Keeps an update from the webhook or the poller and queues its handling. The
 * job carries only the update's id; the update itself (the sender's words)
 * waits in a table until handled. Telegram sending the same update again
 * (a webhook retry, a poller restart) queues nothing new once it was handled
 * (its words erased); while it is being handled, a second job finds it taken.
 */
export async function receiveTelegramUpdate(update: { update_id: number }, now = new Date()): Promise<void> {
  const id = BigInt(update.update_id);
  const rows = await db().$queryRaw<{ handled: boolean }[]>`
    INSERT INTO "TelegramUpdate" (id, payload, "receivedAt") VALUES (${id}, ${JSON.stringify(update)}::jsonb, ${now})
    ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
    RETURNING payload IS NULL AS handled`;
  if (rows[0]?.handled) return;
  await enqueueJob(telegramUpdateJob, { updateId: update.update_id });
}
