import "server-only";
import type { Prisma } from "@/lib/db/client";
import { db } from "@/lib/db/client";

export type ReceiptVariant = "original" | "thumbnail";

/**
 * Where receipt bytes live. The default keeps them in Postgres, written in
 * the transaction that creates the receipt row; an S3-compatible driver would
 * implement the same three calls (and be cleaned up by a job, since it cannot
 * join the transaction). See docs/decisions/007-receipt-storage.md.
 */
export type ReceiptStorage = {
  save(tx: Prisma.TransactionClient, receiptId: string, files: { original: Buffer; thumbnail: Buffer | null }): Promise<void>;
  read(receiptId: string, variant: ReceiptVariant): Promise<Buffer | null>;
  /** Bytes in Postgres go with the receipt row (cascade); other drivers delete here. */
  remove(receiptId: string): Promise<void>;
};

export const postgresReceiptStorage: ReceiptStorage = {
  async save(tx, receiptId, files) {
    // Prisma wants bytes backed by a plain ArrayBuffer.
    const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    await tx.receiptBlob.create({
      data: { receiptId, data: bytes(files.original), thumbnail: files.thumbnail ? bytes(files.thumbnail) : null },
    });
  },
  async read(receiptId, variant) {
    if (variant === "thumbnail") {
      const blob = await db().receiptBlob.findUnique({ where: { receiptId }, select: { thumbnail: true } });
      return blob?.thumbnail ? Buffer.from(blob.thumbnail) : null;
    }
    const blob = await db().receiptBlob.findUnique({ where: { receiptId }, select: { data: true } });
    return blob ? Buffer.from(blob.data) : null;
  },
  async remove() {},
};

export function receiptStorage(): ReceiptStorage {
  return postgresReceiptStorage;
}
