import type pg from "pg";
import type { ReceiptDigest } from "./manifest";

/** Rows in every table of every schema the app owns (public, pgboss), found rather than listed. */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(`
    SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
    WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY schemaname, tablename`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${name}`);
    counts[name.replaceAll('"', "")] = Number(rows[0]!.count);
  }
  return counts;
}

export type ReceiptRow = { id: string; storageKey: string | null; kind: string; original: string | null; thumbnail: string | null };

/**
 * Every receipt, with the sha256 of its bytes when they are in Postgres
 * (hashed by the server: the bytes never cross the connection).
 */
export async function listReceipts(client: pg.Client): Promise<ReceiptRow[]> {
  const { rows } = await client.query<ReceiptRow>(`
    SELECT r.id, r."storageKey", r.kind::text AS kind,
           encode(sha256(b.data), 'hex') AS original, encode(sha256(b.thumbnail), 'hex') AS thumbnail
    FROM "Receipt" r LEFT JOIN "ReceiptBlob" b ON b."receiptId" = r.id ORDER BY r.id`);
  return rows;
}

/**
 * The digests of every receipt, those in the bucket hashed by `objectDigest`
 * (null: no such object). A receipt whose original is missing, or an image
 * without its thumbnail, is reported rather than recorded.
 */
export async function digestReceipts(
  receipts: ReceiptRow[],
  objectDigest: (key: string) => Promise<string | null>,
): Promise<{ digests: Record<string, ReceiptDigest>; missing: string[] }> {
  const digests: Record<string, ReceiptDigest> = {};
  const missing: string[] = [];
  for (const row of receipts) {
    if (!row.storageKey) {
      if (row.original === null) missing.push(`receipt ${row.id}: no bytes in ReceiptBlob`);
      else digests[row.id] = { storageKey: null, original: row.original, thumbnail: row.thumbnail };
      continue;
    }
    const original = await objectDigest(`${row.storageKey}/original`);
    const thumbnail = await objectDigest(`${row.storageKey}/thumbnail`);
    if (original === null) missing.push(`receipt ${row.id}: object ${row.storageKey}/original is missing`);
    else if (row.kind === "IMAGE" && thumbnail === null) missing.push(`receipt ${row.id}: object ${row.storageKey}/thumbnail is missing`);
    else digests[row.id] = { storageKey: row.storageKey, original, thumbnail };
  }
  return { digests, missing };
}
