import "server-only";
import { notFoundError } from "@/lib/http/user-error";
import { db } from "@/lib/db/client";
import { driverFor } from "./storage/receipt-storage";
import type { ReceiptVariant, StoredFile } from "./storage/storage-driver";

export type ReceiptFile = StoredFile & { contentType: string; fileName: string };

function findOwned(userId: string, receiptId: string) {
  return db().receipt.findFirst({
    where: { id: receiptId, ownerId: userId },
    select: { id: true, storageKey: true, contentType: true, fileName: true, kind: true },
  });
}

/**
 * One of the user's receipt files as a stream, from wherever its bytes are;
 * another user's (or no such) receipt is "not found". PDFs have no
 * thumbnail: asking for one gives the PDF. Read the body once, or destroy it.
 */
export async function openReceiptFile(userId: string, receiptId: string, variant: ReceiptVariant): Promise<ReceiptFile> {
  let receipt = await findOwned(userId, receiptId);
  if (!receipt) throw notFoundError("receipts.notFound");
  const thumbnail = variant === "thumbnail" && receipt.kind === "IMAGE";
  const first = driverFor(receipt);
  let file = await first.driver.get(first.key, thumbnail ? "thumbnail" : "original");
  if (!file) {
    // Moved between the stores (npm run receipts:move) after the row was read: the row now says where.
    const before = receipt.storageKey;
    receipt = await findOwned(userId, receiptId);
    if (receipt && receipt.storageKey !== before) {
      const { driver, key } = driverFor(receipt);
      file = await driver.get(key, thumbnail ? "thumbnail" : "original");
    }
  }
  // Deleted meanwhile: the same "not found".
  if (!receipt || !file) throw notFoundError("receipts.notFound");
  return { ...file, contentType: thumbnail ? "image/jpeg" : receipt.contentType, fileName: receipt.fileName };
}
