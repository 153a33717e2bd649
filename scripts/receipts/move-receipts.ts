// `npm run receipts:move -- --to s3|postgres [--batch 50]`: copies every
// receipt whose files are elsewhere to the given store, one receipt at a time
// (lib/receipts/move-receipt.ts). Safe to stop and run again: moved receipts
// are skipped, and a copy cut off half-way is swept within the hour.
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { assertServerEnv } from "@/lib/env/server-env";
import { moveReceipt, type MoveOutcome } from "@/lib/receipts/move-receipt";
import { configuredS3Driver } from "@/lib/receipts/storage/receipt-storage";

const { values } = parseArgs({ options: { to: { type: "string" }, batch: { type: "string", default: "50" } } });
const to = values.to;
const batch = Number(values.batch);
if ((to !== "s3" && to !== "postgres") || !Number.isInteger(batch) || batch < 1) {
  console.error("usage: npm run receipts:move -- --to s3|postgres [--batch 50]");
  process.exit(2);
}
assertServerEnv();
if (!configuredS3Driver()) {
  console.error("receipts:move needs the bucket: set S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and S3_ENDPOINT, S3_REGION, S3_FORCE_PATH_STYLE as needed)");
  process.exit(2);
}

// Receipts still to move: in the other store now.
const elsewhere = to === "s3" ? { storageKey: null } : { storageKey: { not: null } };
const [total, already] = await Promise.all([db().receipt.count(), db().receipt.count({ where: { NOT: elsewhere } })]);
const toMove = total - already;
console.log(`receipts:move to ${to}: ${toMove} to move, ${already} already there`);

const counts: Record<MoveOutcome, number> = { moved: 0, "already-there": 0, gone: 0 };
let after: string | undefined;
try {
  for (;;) {
    const page = await db().receipt.findMany({
      where: { ...elsewhere, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true },
    });
    if (page.length === 0) break;
    for (const { id } of page) counts[await moveReceipt(id, to)] += 1;
    after = page.at(-1)!.id;
    console.log(`receipts:move to ${to}: ${counts.moved}/${toMove} moved (${counts.gone} deleted meanwhile)`);
  }
  console.log(`receipts:move to ${to}: done, ${counts.moved} moved, ${already + counts["already-there"]} were there already`);
} catch (error) {
  console.error(`receipts:move stopped: ${error instanceof Error ? error.message : String(error)}; run it again to go on from here`);
  process.exitCode = 1;
} finally {
  await db().$disconnect();
  configuredS3Driver()?.destroy();
}
