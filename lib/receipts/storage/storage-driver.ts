import type { Readable } from "node:stream";
import type { Prisma } from "@/lib/db/client";

export type ReceiptVariant = "original" | "thumbnail";

/** A file as read back: its bytes as a stream (read it once) and their count. */
export type StoredFile = { body: Readable; size: number };

/**
 * Where receipt bytes live (docs/decisions/024-receipt-objects.md). A key
 * names one receipt's files: the receipt's id for Postgres, the row's
 * `storageKey` for S3. Postgres writes join the row's transaction (`tx`);
 * an object store cannot, so its objects are written before the row and
 * whatever no row names is swept (sweep-receipt-objects.ts).
 */
export interface ReceiptStorageDriver {
  readonly name: "postgres" | "s3";
  /** The original before the thumbnail. `size` is the body's byte count. */
  put(
    key: string,
    variant: ReceiptVariant,
    file: { body: Uint8Array | Readable; size: number; contentType: string },
    tx?: Prisma.TransactionClient,
  ): Promise<void>;
  /** Null when there is no such file. */
  get(key: string, variant: ReceiptVariant): Promise<StoredFile | null>;
  /** Deletes every file of these keys; keys already gone are fine. */
  delete(keys: readonly string[]): Promise<void>;
  /** Keys with a file written before `before`, a page at a time. */
  listOlderThan(before: Date): AsyncIterable<string[]>;
}
