import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { s3Driver } from "./storage/receipt-storage";

/** A storage key is random (object-keys.ts): it names no user, so it may sit in the queue table. */
export const storageKeySchema = z.string().regex(/^receipts\/[A-Za-z0-9_-]{8,64}$/);

/**
 * Deletes the objects of receipts whose rows are gone (a receipt, a case or
 * an account deleted). Queued after the deleting transaction commits; if
 * queueing fails, sweep-receipt-objects.ts finds them within the hour.
 * Deleting a key already gone is fine, so retries are safe.
 */
export const deleteReceiptObjectsJob = defineJob({
  name: "receipts.delete-objects",
  payload: z.object({ keys: z.array(storageKeySchema).min(1).max(500) }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  async handler({ keys }) {
    await s3Driver().delete(keys);
  },
});
