import "server-only";
import { db } from "@/lib/db/client";
import { newStorageKey } from "./storage/object-keys";
import { postgresDriver } from "./storage/postgres-driver";
import { readAll } from "./storage/read-all";
import { s3Driver } from "./storage/receipt-storage";
import type { ReceiptVariant } from "./storage/storage-driver";

export type MoveOutcome = "moved" | "already-there" | "gone";

/**
 * Moves one receipt's files between Postgres and the bucket (npm run
 * receipts:move). The copy is written first, then one transaction points the
 * row at it and, towards the bucket, drops the Postgres copy; the condition
 * on the row's old place makes a repeated or concurrent move a no-op. A run
 * cut short between the two leaves an object no row names, which the sweep
 * deletes; the next run writes a new copy. See docs/decisions/024.
 */
export async function moveReceipt(receiptId: string, to: "s3" | "postgres"): Promise<MoveOutcome> {
  const receipt = await db().receipt.findUnique({ where: { id: receiptId }, select: { storageKey: true, size: true, kind: true, contentType: true } });
  if (!receipt) return "gone";
  if ((to === "s3") === (receipt.storageKey !== null)) return "already-there";
  const variants: ReceiptVariant[] = receipt.kind === "IMAGE" ? ["original", "thumbnail"] : ["original"];
  const s3 = s3Driver();

  if (to === "s3") {
    const key = newStorageKey();
    for (const variant of variants) {
      const file = await postgresDriver.get(receiptId, variant);
      if (!file) continue;
      const contentType = variant === "original" ? receipt.contentType : "image/jpeg";
      await s3.put(key, variant, { body: await readAll(file.body, file.size), size: file.size, contentType });
    }
    const moved = await db().$transaction(async (tx) => {
      const { count } = await tx.receipt.updateMany({ where: { id: receiptId, storageKey: null }, data: { storageKey: key } });
      if (count === 1) await tx.receiptBlob.deleteMany({ where: { receiptId } });
      return count === 1;
    });
    if (moved) return "moved";
    await s3.delete([key]);
    return "gone";
  }

  const key = receipt.storageKey!;
  const bytes: Partial<Record<ReceiptVariant, Buffer>> = {};
  for (const variant of variants) {
    const file = await s3.get(key, variant);
    if (file) bytes[variant] = await readAll(file.body, variant === "original" ? receipt.size : file.size);
  }
  if (!bytes.original) throw new Error(`receipt ${receiptId}: object ${key}/original is missing from the bucket`);
  const moved = await db().$transaction(async (tx) => {
    const { count } = await tx.receipt.updateMany({ where: { id: receiptId, storageKey: key }, data: { storageKey: null } });
    if (count !== 1) return false;
    await postgresDriver.put(receiptId, "original", { body: bytes.original!, size: bytes.original!.length, contentType: receipt.contentType }, tx);
    if (bytes.thumbnail) await postgresDriver.put(receiptId, "thumbnail", { body: bytes.thumbnail, size: bytes.thumbnail.length, contentType: "image/jpeg" }, tx);
    return true;
  });
  if (!moved) return "gone";
  // No row names the key any more: if this fails, the sweep deletes it.
  await s3.delete([key]).catch(() => undefined);
  return "moved";
}
