import type pg from "pg";
import { type Bucket, objectSha256 } from "./bucket";
import { countRows, digestReceipts, listReceipts } from "./inventory";
import type { Manifest } from "./manifest";

/**
 * What differs between a database (and bucket) and the backup's manifest:
 * rows per table, and every receipt's bytes by sha256. Empty when the copy
 * is faithful. Meant for a restored copy before the app runs on it.
 */
export async function compareWithManifest(client: pg.Client, bucket: Bucket | null, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const counts = await countRows(client);
  for (const table of new Set([...Object.keys(manifest.rowCounts), ...Object.keys(counts)])) {
    const expected = manifest.rowCounts[table];
    const actual = counts[table];
    if (expected !== actual) problems.push(`table ${table}: ${actual ?? "missing"} rows, the backup has ${expected ?? "no such table"}`);
  }

  const receipts = await listReceipts(client);
  if (!bucket && receipts.some((receipt) => receipt.storageKey)) {
    problems.push("receipts are in a bucket but S3_BUCKET (and its keys) are not set: cannot read their bytes");
    return problems;
  }
  const { digests, missing } = await digestReceipts(receipts, (key) => objectSha256(bucket!, key));
  problems.push(...missing);
  for (const [id, expected] of Object.entries(manifest.receipts)) {
    const actual = digests[id];
    if (!actual) {
      if (!receipts.some((receipt) => receipt.id === id)) problems.push(`receipt ${id}: missing`);
      continue;
    }
    for (const variant of ["original", "thumbnail"] as const) {
      if (actual[variant] !== expected[variant]) problems.push(`receipt ${id}: ${variant} differs from the backup (sha256)`);
    }
  }
  for (const id of Object.keys(digests)) if (!manifest.receipts[id]) problems.push(`receipt ${id}: not in the backup`);
  return problems;
}
