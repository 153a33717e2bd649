import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/define-job";
import { configuredS3Driver } from "./storage/receipt-storage";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("receipts");

/**
 * An object is written before its row's transaction, which gives up within
 * a minute: an object this old that no row names belongs to an upload that
 * failed, a move that was interrupted, or a deletion whose job was lost.
 */
export const ORPHAN_AFTER_MS = 60 * 60 * 1000;

export const sweepReceiptObjectsJob = defineJob({
  name: "receipts.sweep-objects",
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  // Hourly: listing the bucket costs a request per 1,000 objects.
  cron: "41 * * * *",
  async handler() {
    const removed = await sweepReceiptObjects();
    if (removed > 0) log.info(`swept ${removed} receipt object key(s) no row names`);
  },
});

/** Deletes the bucket's receipt objects that no row names and that are older than an hour; returns how many keys. */
export async function sweepReceiptObjects(now = new Date()): Promise<number> {
  const driver = configuredS3Driver();
  if (!driver) return 0;
  let removed = 0;
  for await (const keys of driver.listOlderThan(new Date(now.getTime() - ORPHAN_AFTER_MS))) {
    const named = await db().receipt.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } });
    const kept = new Set(named.map((row) => row.storageKey));
    const orphans = keys.filter((key) => !kept.has(key));
    if (orphans.length) await driver.delete(orphans);
    removed += orphans.length;
  }
  return removed;
}
