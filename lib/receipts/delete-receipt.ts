import "server-only";
import { findDeletionRecord } from "@/lib/cases/find-deletion-record";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { db } from "@/lib/db/client";
import { queueObjectDeletion } from "./queue-object-deletion";
import { notFoundError } from "@/lib/http/user-error";

/**
 * Deletes one of the user's receipts and records it on the case's timeline.
 * Bytes in Postgres go with the row; objects in a bucket go by a job queued after the commit.
 * The timeline's record names the receipt, so the same delete sent again is answered as done.
 */
export async function deleteReceipt(userId: string, receiptId: string, now = new Date()): Promise<{ caseId: string }> {
  const deleted = await db().$transaction(async (tx) => {
    const [receipt] = await tx.receipt.findMany({ where: { id: receiptId, ownerId: userId }, select: { caseId: true, fileName: true, storageKey: true } });
    const { count } = await tx.receipt.deleteMany({ where: { id: receiptId, ownerId: userId } });
    if (!receipt || count !== 1) {
      const caseId = await findDeletionRecord(tx, userId, { kind: "RECEIPT_DELETED", field: "receiptId" }, receiptId);
      if (caseId) return { caseId, storageKey: null };
      throw notFoundError("cases.notFound");
    }
    await recordCaseEvent(tx, {
      caseId: receipt.caseId,
      actorId: userId,
      kind: "RECEIPT_DELETED",
      at: now,
      data: { receiptId, fileName: receipt.fileName },
    });
    await tx.case.update({ where: { id: receipt.caseId }, data: { updatedAt: now } });
    return receipt;
  });
  await queueObjectDeletion([deleted.storageKey]);
  return { caseId: deleted.caseId };
}
