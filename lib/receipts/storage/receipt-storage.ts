import "server-only";
import { serverEnv } from "@/lib/env/server-env";
import { postgresDriver } from "./postgres-driver";
import { s3ConfigFromEnv } from "./s3-config";
import { createS3Driver, type S3Driver } from "./s3-driver";
import type { ReceiptStorageDriver } from "./storage-driver";
import { ReceiptStorageError } from "./storage-error";

const globalForStorage = globalThis as unknown as { simcaseS3Driver?: S3Driver };

/** The configured bucket's driver, or null when S3_BUCKET is unset. One client per process. */
export function configuredS3Driver(): S3Driver | null {
  if (globalForStorage.simcaseS3Driver) return globalForStorage.simcaseS3Driver;
  const config = s3ConfigFromEnv();
  if (!config) return null;
  globalForStorage.simcaseS3Driver = createS3Driver(config);
  return globalForStorage.simcaseS3Driver;
}

export function s3Driver(): S3Driver {
  const driver = configuredS3Driver();
  if (!driver) throw new ReceiptStorageError("receipt files are in S3 but S3_BUCKET (and its keys) are not set");
  return driver;
}

/** Where new receipt files go (RECEIPT_STORAGE). */
export function uploadDriver(): ReceiptStorageDriver {
  return serverEnv().RECEIPT_STORAGE === "s3" ? s3Driver() : postgresDriver;
}

/**
 * Where one receipt's files are, whatever RECEIPT_STORAGE says now: a row
 * with a storage key has them in the bucket, one without in Postgres. So
 * moving receipts between the two never needs every row moved at once.
 */
export function driverFor(receipt: { id: string; storageKey: string | null }): { driver: ReceiptStorageDriver; key: string } {
  return receipt.storageKey ? { driver: s3Driver(), key: receipt.storageKey } : { driver: postgresDriver, key: receipt.id };
}
