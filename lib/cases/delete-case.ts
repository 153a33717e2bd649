import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/http/user-error";

/**
 * Deletes one of the user's cases with its steps, timeline and receipts.
 * Returns the storage keys of receipts whose bytes are in a bucket: they
 * outlive the rows until lib/workflows/delete-case-and-files.ts queues them.
 */
export async function deleteCase(userId: string, caseId: string): Promise<{ storageKeys: string[] }> {
  return db().$transaction(async (tx) => {
    // Locks the case first: an upload in progress (it holds the row) commits before the keys are read, one after finds no case.
    const { count: locked } = await tx.case.updateMany({ where: { id: caseId, ownerId: userId }, data: { updatedAt: new Date() } });
    if (locked === 0) throw notFoundError("cases.notFound");
    const receipts = await tx.receipt.findMany({ where: { caseId, storageKey: { not: null } }, select: { storageKey: true } });
    const { count } = await tx.case.deleteMany({ where: { id: caseId, ownerId: userId } });
    if (count === 0) throw notFoundError("cases.notFound");
    return { storageKeys: receipts.map((receipt) => receipt.storageKey!) };
  });
}
