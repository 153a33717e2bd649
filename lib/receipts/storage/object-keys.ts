import { randomBytes } from "node:crypto";
import type { ReceiptVariant } from "./storage-driver";

const PREFIX = "receipts/";

/**
 * A new, unguessable key for one receipt's files. Random rather than made of
 * ids: it says nothing about the account, and it can be written before the
 * row exists (and swept if the row never comes).
 */
export function newStorageKey(): string {
  return `${PREFIX}${randomBytes(18).toString("base64url")}`;
}

export function objectKey(storageKey: string, variant: ReceiptVariant): string {
  return `${storageKey}/${variant}`;
}

/** The storage key an object belongs to, or null for objects that are not ours. */
export function storageKeyOf(key: string): string | null {
  const match = /^(receipts\/[A-Za-z0-9_-]+)\/(original|thumbnail)$/.exec(key);
  return match ? match[1]! : null;
}

export const OBJECT_PREFIX = PREFIX;
