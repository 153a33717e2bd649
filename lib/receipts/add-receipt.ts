import "server-only";
import { db } from "@/lib/db/client";
import { prepareReceipt } from "./prepare-receipt";
import { storeReceipt, type AddedReceipt } from "./store-receipt";
import { notFoundError } from "@/lib/http/user-error";

export type { AddedReceipt };

/**
 * Checks an uploaded file (prepare-receipt.ts) and keeps it on one of the
 * user's cases (store-receipt.ts). The same `submissionKey` again keeps
 * nothing more and answers with the receipt kept the first time.
 */
export async function addReceipt(
  userId: string,
  caseId: string,
  upload: { bytes: Buffer; fileName: string; stepId?: string | null; submissionKey?: string | null },
  now = new Date(),
): Promise<AddedReceipt> {
  // Decoding is the expensive part: only for the owner of the case.
  if ((await db().case.count({ where: { id: caseId, ownerId: userId } })) === 0) throw notFoundError("cases.notFound");
  const prepared = await prepareReceipt(upload.bytes, upload.fileName);
  return storeReceipt(userId, caseId, prepared, { stepId: upload.stepId, submissionKey: upload.submissionKey, now });
}
