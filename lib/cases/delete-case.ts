import "server-only";
import { notFoundError } from "@/lib/http/user-error";
import { createOncePerSubmission } from "./create-once-per-submission";

/**
 * Deletes one of the user's cases with its steps, timeline and receipts.
 * Returns the storage keys of receipts whose bytes are in a bucket: they
 * outlive the rows until lib/workflows/delete-case-and-files.ts queues them.
 * The same `submissionKey` again (a retry after a lost answer) answers as
 * deleted, where the case is no longer there to say so (decision 031).
 */
export async function deleteCase(
  userId: string,
  caseId: string,
  { submissionKey = null, now = new Date() }: { submissionKey?: string | null; now?: Date } = {},
): Promise<{ storageKeys: string[] }> {
  const deleted = await createOncePerSubmission({ userId, kind: "CASE_DELETION", key: submissionKey, now }, async (tx) => {
    // Locks the case first: an upload in progress (it holds the row) commits before the keys are read, one after finds no case.
    const { count: locked } = await tx.case.updateMany({ where: { id: caseId, ownerId: userId }, data: { updatedAt: now } });
    if (locked === 0) throw notFoundError("cases.notFound");
    const receipts = await tx.receipt.findMany({ where: { caseId, storageKey: { not: null } }, select: { storageKey: true } });
    const { count } = await tx.case.deleteMany({ where: { id: caseId, ownerId: userId } });
    if (count === 0) throw notFoundError("cases.notFound");
    return { id: caseId, storageKeys: receipts.map((receipt) => receipt.storageKey!) };
  });
  // Replayed: the first try queued its objects.
  return { storageKeys: deleted.replayed ? [] : deleted.made.storageKeys };
}
