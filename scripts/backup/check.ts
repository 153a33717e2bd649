// `npm run backup:check -- --from <dir>`: checks a backup's files against its
// manifest, then the database and bucket of this environment (a restored
// copy, before the app runs on it) against the manifest: rows per table and
// every receipt's bytes (sha256). Exit code 1 on any difference.
import { compareWithManifest } from "./compare";
import { connectTargets, directoryArgument, fail } from "./environment";
import { readManifest, verifyBackupFiles } from "./manifest";

const dir = directoryArgument("from", "npm run backup:check -- --from <backup directory>");

try {
  const manifest = await readManifest(dir);
  const damaged = await verifyBackupFiles(dir, manifest);
  if (damaged.length > 0) throw new Error(`backup ${dir} is damaged:\n  ${damaged.join("\n  ")}`);
  const targets = await connectTargets();
  try {
    const problems = await compareWithManifest(targets.client, targets.bucket, manifest);
    if (problems.length > 0) throw new Error(`backup:check: the database differs from the backup:\n  ${problems.join("\n  ")}`);
    console.log(`backup:check: the database and bucket match the backup (${Object.keys(manifest.rowCounts).length} tables, ${Object.keys(manifest.receipts).length} receipts)`);
  } finally {
    await targets.close();
  }
} catch (error) {
  fail(error);
}
