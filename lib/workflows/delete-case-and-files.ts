import "server-only";
import { deleteCase } from "@/lib/cases/delete-case";
import { queueObjectDeletion } from "@/lib/receipts/queue-object-deletion";

/** Deletes one of the user's cases, then queues the deletion of its receipts' objects in the bucket, if any. */
export async function deleteCaseAndFiles(userId: string, caseId: string, options?: { submissionKey?: string | null }): Promise<void> {
  const { storageKeys } = await deleteCase(userId, caseId, options);
  await queueObjectDeletion(storageKeys);
}
