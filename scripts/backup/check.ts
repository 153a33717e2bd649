// `npm run backup:check -- --from <dir>`: checks a backup's files against its
// manifest, then the database and bucket of this environment (a restored
// copy, before the app runs on it) against the manifest: rows per table and
// every receipt's bytes (sha256). Exit code 1 on any difference.
import path from "node:path";
import { parseArgs } from "node:util";
import { compareWithManifest } from "./compare";
import { connectTargets, fail } from "./environment";
import { readManifest, verifyBackupFiles } from "./manifest";

const { values } = parseArgs({ options: { from: { type: "string" } } });
if (!values.from) {
  console.error("usage: npm run backup:check -- --from <backup directory>");
  process.exit(2);
}
const dir = path.resolve(values.from);

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
