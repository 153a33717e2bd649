import "server-only";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { deleteReceiptObjectsJob } from "./delete-receipt-objects";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("receipts");

const PER_JOB = 500;

/**
 * Queues the deletion of these receipts' objects, after their rows are gone.
 * Never throws: what was deleted stays deleted for the user, and the hourly
 * sweep removes any object whose job could not be queued.
 */
export async function queueObjectDeletion(storageKeys: readonly (string | null)[]): Promise<void> {
  const keys = storageKeys.filter((key): key is string => key !== null);
  for (let start = 0; start < keys.length; start += PER_JOB) {
    try {
      await enqueueJob(deleteReceiptObjectsJob, { keys: keys.slice(start, start + PER_JOB) });
    } catch (error) {
      log.warn(`object deletion not queued (the sweep will remove them): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
