// `npm run restore -- --from <dir>`: a backup made by `npm run backup` into
// the new, empty database of DATABASE_URL and, when the backup has objects,
// the empty bucket of S3_BUCKET; then the same check as `npm run backup:check`.
// It refuses a damaged backup and a target that already holds data.
import path from "node:path";
import { listObjectKeys, uploadObject } from "./bucket";
import { compareWithManifest } from "./compare";
import { connectTargets, directoryArgument, fail } from "./environment";
import { objectFile, readManifest, verifyBackupFiles } from "./manifest";
import { assertRestorable, findPgTool, runPgTool } from "./pg-tools";

const dir = directoryArgument("from", "npm run restore -- --from <backup directory>");

try {
  const manifest = await readManifest(dir);
  const damaged = await verifyBackupFiles(dir, manifest);
  if (damaged.length > 0) throw new Error(`backup ${dir} is damaged, nothing restored:\n  ${damaged.join("\n  ")}`);
  const pgRestore = await findPgTool("pg_restore");
  assertRestorable(pgRestore, manifest.database.pgDumpMajor);
  const targets = await connectTargets();
  try {
    const { client, bucket } = targets;
    // Never over live data: a restore merged into another database is neither one.
    const { rows } = await client.query<{ count: string }>(
      "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    if (Number(rows[0]!.count) > 0) {
      throw new Error(`the database of DATABASE_URL already has ${rows[0]!.count} tables: restore only into a new, empty database (createdb)`);
    }
    const objects = manifest.bucket?.objects ?? [];
    if (objects.length > 0) {
      if (!bucket) throw new Error("the backup has receipt objects: set S3_BUCKET (and its keys) to the bucket to restore them into");
      if ((await listObjectKeys(bucket)).length > 0) throw new Error(`bucket ${bucket.name} already has receipt objects: restore only into an empty bucket`);
    }

    console.log(`restore: restoring the database (pg_restore ${pgRestore.major})`);
    await runPgTool(pgRestore, ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges", `--dbname=${targets.url}`, path.join(dir, manifest.database.file)]);
    if (bucket && objects.length > 0) {
      console.log(`restore: copying ${objects.length} objects into bucket ${bucket.name}`);
      for (const object of objects) await uploadObject(bucket, object.key, objectFile(dir, object.key));
    }

    const problems = await compareWithManifest(client, bucket, manifest);
    if (problems.length > 0) throw new Error(`restore: the restored copy differs from the backup:\n  ${problems.join("\n  ")}`);
    console.log(`restore: done and checked, ${Object.keys(manifest.rowCounts).length} tables and ${Object.keys(manifest.receipts).length} receipts as in the backup`);
  } finally {
    await targets.close();
  }
} catch (error) {
  fail(error);
}
