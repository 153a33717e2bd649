import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser, TEST_PASSWORD } from "@/test/support/factories";
import * as corpus from "@/test/support/receipt-corpus";
import { startTestS3 } from "@/test/support/s3-server";
import { UserError } from "@/lib/http/user-error";

// The export and the account's deletion with receipt files in a bucket (docs/decisions/024).
const s3 = await startTestS3();
Object.assign(process.env, s3.env);
afterAll(() => s3.stop());
beforeEach(() => s3.clear());

const { addReceipt } = await import("@/lib/receipts/add-receipt");
const { deleteReceiptObjectsJob } = await import("@/lib/receipts/delete-receipt-objects");
const { deleteAccount } = await import("./delete-account");
const { exportAccountData } = await import("./export-account-data");

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function userWithReceipts() {
  const user = await createTestUser();
  const { id: caseId } = await createTestCase(user.id, { operator: "SEATEL" });
  const pdf = await corpus.pdf(4);
  const photo = await corpus.jpeg(400, 300);
  const kept = [
    await addReceipt(user.id, caseId, { bytes: pdf, fileName: "scan.pdf" }),
    await addReceipt(user.id, caseId, { bytes: photo, fileName: "photo.jpg" }),
  ];
  const rows = await db().receipt.findMany({ where: { ownerId: user.id }, select: { storageKey: true } });
  return { user, caseId, pdf, receiptIds: kept.map((receipt) => receipt.id), keys: rows.map((row) => row.storageKey!) };
}

async function runQueuedDeletions(): Promise<string[]> {
  const jobs = await db().$queryRaw<{ data: unknown }[]>`SELECT data FROM pgboss.job WHERE name = ${deleteReceiptObjectsJob.name}`;
  const keys: string[] = [];
  for (const job of jobs) {
    const payload = deleteReceiptObjectsJob.payload.parse(job.data);
    keys.push(...payload.keys);
    await deleteReceiptObjectsJob.handler(payload, { jobId: "test", attempt: 1 });
  }
  return keys.sort();
}

describe("an account with receipts in a bucket", () => {
  it("exports them into the ZIP byte for byte, and only its own", async () => {
    const mine = await userWithReceipts();
    const theirs = await userWithReceipts();
    const zip = new Uint8Array(await new Response(await exportAccountData(mine.user.id)).arrayBuffer());
    const files = unzipSync(zip);
    const json = JSON.parse(strFromU8(files["simcase-export.json"]!)) as { cases: { receipts: { id: string; file: string; size: number }[] }[] };
    const receipts = json.cases.flatMap((item) => item.receipts);
    expect(receipts.map((receipt) => receipt.id).sort()).toEqual([...mine.receiptIds].sort());
    expect(Object.keys(files).filter((name) => name.startsWith("receipts/"))).toHaveLength(2);
    for (const receipt of receipts) expect(files[receipt.file]!.length).toBe(receipt.size);
    const pdf = receipts.find((receipt) => receipt.file.endsWith("scan.pdf"))!;
    expect(sha(files[pdf.file]!)).toBe(sha(mine.pdf));
    for (const id of theirs.receiptIds) expect(Object.keys(files).some((name) => name.includes(id))).toBe(false);
  });

  it("deletes the account's objects through a job, and no one else's", async () => {
    const mine = await userWithReceipts();
    const theirs = await userWithReceipts();

    await expect(deleteAccount(mine.user.id, "not my password")).rejects.toBeInstanceOf(UserError);
    expect(await runQueuedDeletions()).toEqual([]);
    expect(await s3.objectKeys()).toHaveLength(6);

    await deleteAccount(mine.user.id, TEST_PASSWORD);
    expect(await runQueuedDeletions()).toEqual([...mine.keys].sort());
    const left = await s3.objectKeys();
    expect(left).toHaveLength(3);
    for (const key of theirs.keys) expect(left).toContain(`${key}/original`);
    // The job's payload named keys only: nothing about the user is left in the queue.
    const queued = await db().$queryRaw<{ data: unknown }[]>`SELECT data FROM pgboss.job WHERE name = ${deleteReceiptObjectsJob.name}`;
    expect(JSON.stringify(queued)).not.toContain(mine.user.id);
    expect(JSON.stringify(queued)).not.toContain(mine.user.email);
  });
});
