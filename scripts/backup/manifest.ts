import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";

/** One receipt's files by sha256 (hex); thumbnail null when it has none. */
export type ReceiptDigest = { storageKey: string | null; original: string; thumbnail: string | null };

export type Manifest = {
  format: 1;
  createdAt: string;
  database: { file: string; sha256: string; serverMajor: number; pgDumpMajor: number };
  /** Rows per table ("schema.table"), counted in the snapshot pg_dump read. */
  rowCounts: Record<string, number>;
  /** Every receipt in that snapshot, by id, wherever its bytes were. */
  receipts: Record<string, ReceiptDigest>;
  /** The bucket's objects, copied under objects/<key>; null when no bucket was configured. */
  bucket: { objects: { key: string; size: number; sha256: string }[] } | null;
};

export const MANIFEST_FILE = "manifest.json";
export const DUMP_FILE = "database.dump";
export const OBJECTS_DIR = "objects";

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), "utf8");
  } catch {
    throw new Error(`${dir} holds no ${MANIFEST_FILE}: not a complete backup (npm run backup writes it last, once everything is copied)`);
  }
  const manifest = JSON.parse(text) as Manifest;
  if (manifest.format !== 1) throw new Error(`${MANIFEST_FILE} has format ${String(manifest.format)}; this version reads format 1`);
  return manifest;
}

export async function sha256Stream(stream: Readable): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export const sha256File = (file: string) => sha256Stream(createReadStream(file));

/** Where an object's copy sits in the backup; keys are checked to stay inside it. */
export function objectFile(dir: string, key: string): string {
  if (!/^receipts\/[A-Za-z0-9_-]+\/(original|thumbnail)$/.test(key)) throw new Error(`unexpected object key ${JSON.stringify(key)}`);
  return path.join(dir, OBJECTS_DIR, ...key.split("/"));
}

/** Every file of the backup against its recorded sha256: a damaged backup is never restored. */
export async function verifyBackupFiles(dir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const check = async (file: string, expected: string) => {
    const actual = await sha256File(file).catch(() => null);
    if (actual === null) problems.push(`${path.relative(dir, file)} is missing`);
    else if (actual !== expected) problems.push(`${path.relative(dir, file)} does not match its sha256 in ${MANIFEST_FILE}`);
  };
  await check(path.join(dir, manifest.database.file), manifest.database.sha256);
  for (const object of manifest.bucket?.objects ?? []) await check(objectFile(dir, object.key), object.sha256);
  return problems;
}
