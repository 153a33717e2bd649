import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { startPostgres15 } from "@/test/support/postgres-15";
import * as corpus from "@/test/support/receipt-corpus";
import { readReceiptBytes } from "@/test/support/receipt-bytes";
import { startTestS3, type TestS3 } from "@/test/support/s3-server";
import { migrate } from "@/test/support/test-database";
import { countRows } from "./inventory";
import type { Manifest } from "./manifest";

// Debian bookworm's pg_dump is 15 and refuses newer servers, so the source and
// the restored copies live on a PostgreSQL 15 of their own, whichever server
// the other integration tests use.
const postgres = await startPostgres15();
const source = await postgres.createDatabase("source");
await migrate(source);
const sourceS3 = await startTestS3();
const work = await mkdtemp(path.join(os.tmpdir(), "simcase-backup-"));
// Receipts are uploaded into Postgres, then some are moved to the bucket: the backup holds both kinds.
Object.assign(process.env, sourceS3.env, { RECEIPT_STORAGE: "postgres", DATABASE_URL: source });
const targets: TestS3[] = [];
afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db().$disconnect();
  for (const bucket of [sourceS3, ...targets]) await bucket.stop();
  await postgres.stop();
  await rm(work, { recursive: true, force: true });
});

const { addReceipt } = await import("@/lib/receipts/add-receipt");
const { moveReceipt } = await import("@/lib/receipts/move-receipt");

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run <script>` as an operator would, against the given database and bucket. */
function npmRun(script: "backup" | "restore" | "check", args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/backup/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

/** A new empty database and a new empty bucket, as an operator restoring would make. */
async function freshTarget() {
  const bucket = await startTestS3();
  targets.push(bucket);
  const url = await postgres.createDatabase(`restored_${randomBytes(4).toString("hex")}`);
  return { url, bucket, env: { ...bucket.env, DATABASE_URL: url } };
}

async function rowCounts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await countRows(client);
  } finally {
    await client.end();
  }
}

let backupDir: string;

beforeAll(async () => {
  for (const label of ["a", "b"]) {
    const user = await createTestUser();
    const { id: caseId } = await createTestCase(user.id, { operator: "SMART", nickname: `case ${label}` });
    const uploads = [
      { bytes: await corpus.pdf(2), fileName: `${label}-plan.pdf` },
      { bytes: await corpus.jpeg(320, 200), fileName: `${label}-front.jpg` },
      { bytes: await corpus.png(90, 60), fileName: `${label}-back.png` },
      { bytes: await corpus.jpeg(200, 320), fileName: `${label}-top-up.jpg` },
    ];
    const ids: string[] = [];
    for (const upload of uploads) ids.push((await addReceipt(user.id, caseId, upload)).id);
    for (const id of ids.slice(0, 2)) expect(await moveReceipt(id, "s3")).toBe("moved");
  }
  backupDir = path.join(work, "nightly");
  const made = await npmRun("backup", ["--out", backupDir]);
  expect(made.code, made.stderr).toBe(0);
}, 180_000);

describe("npm run backup, restore and backup:check", () => {
  it("restores into a fresh database and bucket with the same rows and byte-identical receipts", { timeout: 180_000 }, async () => {
    const manifest = JSON.parse(await readFile(path.join(backupDir, "manifest.json"), "utf8")) as Manifest;
    expect(Object.keys(manifest.receipts)).toHaveLength(8);
    // Per user, a PDF (original only) and an image (original and thumbnail) were moved to the bucket.
    expect(manifest.bucket?.objects).toHaveLength(6);
    expect(manifest.rowCounts["public.User"]).toBe(2);

    const target = await freshTarget();
    const restored = await npmRun("restore", ["--from", backupDir], target.env);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain("restore: done and checked");

    // Checked here too, independently of the script's own check.
    expect(await rowCounts(target.url)).toEqual(await rowCounts(source));
    const before = await readReceiptBytes(source, sourceS3);
    const after = await readReceiptBytes(target.url, target.bucket);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, files] of before) {
      expect(after.get(id)!.original.equals(files.original), `receipt ${id} original`).toBe(true);
      expect(after.get(id)!.thumbnail?.equals(files.thumbnail!) ?? files.thumbnail === null, `receipt ${id} thumbnail`).toBe(true);
    }
    expect(await target.bucket.objectKeys()).toEqual(await sourceS3.objectKeys());

    const checked = await npmRun("check", ["--from", backupDir], target.env);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain("match the backup");
  });

  it("refuses to restore over a database that has tables, and changes nothing", { timeout: 60_000 }, async () => {
    const countsBefore = await rowCounts(source);
    const refused = await npmRun("restore", ["--from", backupDir], { ...(await freshTarget()).bucket.env, DATABASE_URL: source });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("already has");
    expect(refused.stderr).toContain("restore only into a new, empty database");
    expect(await rowCounts(source)).toEqual(countsBefore);
  });

  it("detects a damaged backup by its checksums and restores nothing", { timeout: 120_000 }, async () => {
    const damaged = path.join(work, "damaged");
    const made = await npmRun("backup", ["--out", damaged]);
    expect(made.code, made.stderr).toBe(0);
    const dump = path.join(damaged, "database.dump");
    const bytes = await readFile(dump);
    bytes[bytes.length >> 1]! ^= 0xff;
    await writeFile(dump, bytes);
    const manifest = JSON.parse(await readFile(path.join(damaged, "manifest.json"), "utf8")) as Manifest;
    const object = manifest.bucket!.objects[0]!.key;
    await writeFile(path.join(damaged, "objects", object), "not the receipt");

    const target = await freshTarget();
    const refused = await npmRun("restore", ["--from", damaged], target.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("database.dump does not match its sha256");
    expect(refused.stderr).toContain(`objects/${object} does not match its sha256`);
    expect(await rowCounts(target.url)).toEqual({});
    expect(await target.bucket.objectKeys()).toEqual([]);
  });

  it("backup:check names a receipt whose bytes differ from the backup", { timeout: 60_000 }, async () => {
    const target = await freshTarget();
    expect((await npmRun("restore", ["--from", backupDir], target.env)).code).toBe(0);
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const { rows } = await client.query<{ receiptId: string }>(`UPDATE "ReceiptBlob" SET data = data || '\\x00'::bytea WHERE "receiptId" = (SELECT min("receiptId") FROM "ReceiptBlob") RETURNING "receiptId"`);
    await client.end();
    const checked = await npmRun("check", ["--from", backupDir], target.env);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(`receipt ${rows[0]!.receiptId}: original differs from the backup (sha256)`);
  });

  it("refuses a pg_dump older than the server, naming the client to install", { timeout: 60_000 }, async () => {
    const fake = path.join(work, "pg_dump_14");
    await writeFile(fake, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 14.12'\n");
    await chmod(fake, 0o755);
    const refused = await npmRun("backup", ["--out", path.join(work, "old-client")], { PG_DUMP: fake });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("pg_dump 14 cannot dump a PostgreSQL 15 server: install pg_dump 15 or newer (Debian: postgresql-client-15");
  });
});
