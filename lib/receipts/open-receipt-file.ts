import "server-only";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { db } from "@/lib/db/client";
import { driverFor } from "./storage/receipt-storage";
import type { ReceiptVariant, StoredFile } from "./storage/storage-driver";

export type ReceiptFile = StoredFile & { contentType: string; fileName: string };

/**
 * One of the user's receipt files as a stream, from wherever its bytes are;
 * another user's (or no such) receipt is "not found". PDFs have no
 * thumbnail: asking for one gives the PDF. Read the body once, or destroy it.
 */
export async function openReceiptFile(userId: string, receiptId: string, variant: ReceiptVariant): Promise<ReceiptFile> {
  const receipt = await db().receipt.findFirst({
    where: { id: receiptId, ownerId: userId },
    select: { id: true, storageKey: true, contentType: true, fileName: true, kind: true },
  });
  if (!receipt) throw new CaseNotFoundError();
  const thumbnail = variant === "thumbnail" && receipt.kind === "IMAGE";
  const { driver, key } = driverFor(receipt);
  // Gone meanwhile (deleted, or moved and its old copy removed): the same "not found".
  const file = await driver.get(key, thumbnail ? "thumbnail" : "original");
  if (!file) throw new CaseNotFoundError();
  return { ...file, contentType: thumbnail ? "image/jpeg" : receipt.contentType, fileName: receipt.fileName };
}
