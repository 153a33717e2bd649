import { BaseSequencer, type TestSpecification } from "vitest/node";

// Files that take longest, in the order they should start. First the
// scenarios that spend a minute or more waiting on a real worker process (an
// SMTP outage, a stall, a lease running out): started first, their waits
// overlap with the rest instead of ending the run alone. Then the files with
// the most work (migrations through the WebAssembly engine, receipts through
// the decoders, backups through pg_dump): any of them started late ran on
// alone at the end. Vitest orders by the timings it cached on an earlier run,
// and a fresh clone (CI) has none: in file-size order the run took 249 s.
const SLOWEST_FIRST = [
  "lib/reminders/mail-outage",
  "lib/reminders/mail-stall",
  "lib/reminders/postgres-restart",
  "lib/reminders/worker-crash",
  "scripts/receipts/move-receipts",
  "lib/account/delete-account",
  "lib/receipts/receipts",
  "lib/receipts/proof-pack/build-proof-pack",
  "lib/reminders/two-workers",
  "scripts/backup/backup",
  "lib/db/migrations",
  "lib/receipts/storage/s3-storage",
  "lib/telegram/telegram-updates",
  "lib/account/export-account-data",
  "lib/receipts/receipt-submissions",
  "lib/account/s3-account-data",
  "lib/receipts/receipt-objects",
  "lib/telegram/telegram-reminders",
  "lib/telegram/send-telegram-message",
].map((name) => `/${name}.integration.test.ts`);

function rank(file: TestSpecification): number {
  const index = SLOWEST_FIRST.findIndex((suffix) => file.moduleId.endsWith(suffix));
  return index === -1 ? SLOWEST_FIRST.length : index;
}

export class LongWaitsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: the rest keep Vitest's own order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
