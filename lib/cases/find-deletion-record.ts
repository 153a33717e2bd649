import "server-only";
import type { Prisma } from "@/lib/db/client";

type Deletion = { kind: "STEP_DELETED"; field: "stepId" } | { kind: "RECEIPT_DELETED"; field: "receiptId" };

/**
 * The case whose timeline records that the user deleted this step or receipt,
 * if one does: a delete that finds nothing was then sent before (a lost answer,
 * a double tap) and is answered as done. Read after the delete's own statement,
 * which waited for a twin in flight to commit, so the twin's record is seen.
 */
export async function findDeletionRecord(tx: Prisma.TransactionClient, userId: string, deletion: Deletion, id: string): Promise<string | null> {
  const [record] = await tx.caseEvent.findMany({
    where: { kind: deletion.kind, case: { ownerId: userId }, data: { path: [deletion.field], equals: id } },
    select: { caseId: true },
    take: 1,
  });
  return record?.caseId ?? null;
}
