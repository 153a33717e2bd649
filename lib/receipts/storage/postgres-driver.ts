import "server-only";
import { Readable } from "node:stream";
import { db } from "@/lib/db/client";
import { readAll } from "./read-all";
import type { ReceiptStorageDriver } from "./storage-driver";

/** Prisma wants bytes backed by a plain ArrayBuffer of their own. */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/**
 * Bytes in `ReceiptBlob`, written in the receipt row's transaction and
 * deleted with the row by its foreign key: nothing can be left behind, so
 * there is never anything to sweep. Prisma reads and writes `bytea` whole.
 */
export const postgresDriver: ReceiptStorageDriver = {
  name: "postgres",
  async put(receiptId, variant, file, tx) {
    const bytes = ownBytes(file.body instanceof Uint8Array ? file.body : await readAll(file.body, file.size));
    const client = tx ?? db();
    if (variant === "original") await client.receiptBlob.create({ data: { receiptId, data: bytes } });
    else await client.receiptBlob.update({ where: { receiptId }, data: { thumbnail: bytes } });
  },
  async get(receiptId, variant) {
    const blob = await db().receiptBlob.findUnique({
      where: { receiptId },
      select: { data: variant === "original", thumbnail: variant === "thumbnail" },
    });
    const bytes = variant === "thumbnail" ? blob?.thumbnail : blob?.data;
    return bytes ? { body: Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), size: bytes.byteLength } : null;
  },
  async delete(receiptIds) {
    await db().receiptBlob.deleteMany({ where: { receiptId: { in: [...receiptIds] } } });
  },
  async *listOlderThan() {},
};
