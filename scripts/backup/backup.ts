// `npm run backup -- --out <dir>`: the database (pg_dump, custom format) and,
// when S3 is configured, a copy of the bucket's receipt objects, with a
// manifest of row counts and sha256 digests that `npm run restore` and
// `npm run backup:check` verify against. See docs/decisions/029-backups.md.
import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { downloadObject, listObjectKeys } from "./bucket";
import { connectTargets, directoryArgument, fail } from "./environment";
import { countRows, digestReceipts, listReceipts } from "./inventory";
import { DUMP_FILE, type Manifest, objectFile, sha256File, writeManifest } from "./manifest";
import { assertDumpable, findPgTool, runPgTool, serverMajor } from "./pg-tools";

const dir = directoryArgument("out", "npm run backup -- --out <new or empty directory>");

try {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty: back up into a new directory`);
  const pgDump = await findPgTool("pg_dump");
  const targets = await connectTargets();
  try {
    const { client, bucket } = targets;
    const server = await serverMajor(client);
    assertDumpable(pgDump, server);

    // One snapshot for pg_dump and for the manifest's counts and digests: they describe the same rows.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    console.log(`backup: dumping the database (PostgreSQL ${server}, pg_dump ${pgDump.major})`);
    const dumpFile = path.join(dir, DUMP_FILE);
    await runPgTool(pgDump, ["--format=custom", `--snapshot=${rows[0]!.snapshot}`, `--file=${dumpFile}`, `--dbname=${targets.url}`]);
    const rowCounts = await countRows(client);
    const receipts = await listReceipts(client);
    await client.query("COMMIT");

    // The bucket after the snapshot: objects are write-once, so every object the snapshot names
    // has the bytes it had then; objects written since are orphans the restored app sweeps.
    let objects: Manifest["bucket"] = null;
    const copied = new Map<string, string>();
    if (bucket) {
      objects = { objects: [] };
      const keys = await listObjectKeys(bucket);
      console.log(`backup: copying ${keys.length} objects from bucket ${bucket.name}`);
      for (const key of keys) {
        const file = objectFile(dir, key);
        const saved = await downloadObject(bucket, key, file);
        if (!saved) continue; // deleted since listed: a row the snapshot names is checked below
        const sha256 = await sha256File(file);
        objects.objects.push({ key, size: saved.size, sha256 });
        copied.set(key, sha256);
      }
    } else if (receipts.some((receipt) => receipt.storageKey)) {
      throw new Error("receipts are in a bucket but S3_BUCKET (and its keys) are not set: set them to back up the bucket too");
    }

    const { digests, missing } = await digestReceipts(receipts, (key) => Promise.resolve(copied.get(key) ?? null));
    if (missing.length > 0) {
      // An object named by the snapshot but deleted before the copy: its receipt was deleted meanwhile.
      throw new Error(`backup incomplete, run it again (a receipt deleted during the backup?):\n  ${missing.join("\n  ")}`);
    }
    await writeManifest(dir, {
      format: 1,
      createdAt: new Date().toISOString(),
      database: { file: DUMP_FILE, sha256: await sha256File(dumpFile), serverMajor: server, pgDumpMajor: pgDump.major },
      rowCounts,
      receipts: digests,
      bucket: objects,
    });
    const total = Object.values(rowCounts).reduce((sum, count) => sum + count, 0);
    console.log(`backup: done, ${total} rows in ${Object.keys(rowCounts).length} tables, ${receipts.length} receipts, ${objects?.objects.length ?? 0} objects, in ${dir}`);
  } finally {
    await targets.close();
  }
} catch (error) {
  fail(error);
}
