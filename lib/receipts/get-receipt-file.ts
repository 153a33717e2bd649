import "server-only";
import { openReceiptFile } from "./open-receipt-file";
import { readAll } from "./storage/read-all";
import type { ReceiptVariant } from "./storage/storage-driver";

/**
 * One of the user's receipt files, whole, for code that needs the bytes at
 * once (checks, tests); serving and exporting stream with openReceiptFile.
 */
export async function getReceiptFile(userId: string, receiptId: string, variant: ReceiptVariant) {
  const { body, size, contentType, fileName } = await openReceiptFile(userId, receiptId, variant);
  return { bytes: await readAll(body, size), contentType, fileName };
}
