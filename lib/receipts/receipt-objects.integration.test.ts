import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import * as corpus from "@/test/support/receipt-corpus";
import { startTestS3 } from "@/test/support/s3-server";
import { NOT_FOUND } from "@/test/support/not-found";

const s3 = await startTestS3();
Object.assign(process.env, s3.env);
afterAll(() => s3.stop());
beforeEach(() => s3.clear());

const { addReceipt } = await import("./add-receipt");
const { deleteReceipt } = await import("./delete-receipt");
const { deleteReceiptObjectsJob } = await import("./delete-receipt-objects");
const { ORPHAN_AFTER_MS, sweepReceiptObjects } = await import("./sweep-receipt-objects");
const { newStorageKey } = await import("./storage/object-keys");
const { s3Driver } = await import("./storage/receipt-storage");
const { deleteCaseAndFiles } = await import("@/lib/workflows/delete-case-and-files");

async function userWithReceipts(count = 1) {
  const user = await createTestUser();
  const { id: caseId } = await createTestCase(user.id, { operator: "METFONE" });
  const ids: string[] = [];
  for (let index = 0; index < count; index++) ids.push((await addReceipt(user.id, caseId, { bytes: await corpus.pdf(1), fileName: `r${index}.pdf` })).id);
  const rows = await db().receipt.findMany({ where: { id: { in: ids } }, select: { storageKey: true } });
  return { user, caseId, ids, keys: rows.map((row) => row.storageKey!) };
}

/** The object deletions queued so far, as the worker would run them. */
async function runQueuedDeletions(): Promise<string[][]> {
  const jobs = await db().$queryRaw<{ data: { keys: string[] } }[]>`SELECT data FROM pgboss.job WHERE name = ${deleteReceiptObjectsJob.name}`;
  for (const job of jobs) await deleteReceiptObjectsJob.handler(deleteReceiptObjectsJob.payload.parse(job.data), { jobId: "test", attempt: 1 });
  return jobs.map((job) => job.data.keys);
}

const originals = (keys: string[]) => keys.map((key) => `${key}/original`).sort();

describe("receipt objects in the bucket", () => {
  it("go when their receipt is deleted, through a job that carries only the key", async () => {
    const mine = await userWithReceipts(2);
    const theirs = await userWithReceipts(1);
    await expect(deleteReceipt(theirs.user.id, mine.ids[0]!)).rejects.toMatchObject(NOT_FOUND);
    expect(await runQueuedDeletions()).toEqual([]);

    await deleteReceipt(mine.user.id, mine.ids[0]!);
    expect(await runQueuedDeletions()).toEqual([[mine.keys[0]]]);
    expect(await s3.objectKeys()).toEqual(originals([mine.keys[1]!, theirs.keys[0]!]));
    // A retry of the same job finds nothing to delete, and that is fine.
    await expect(runQueuedDeletions()).resolves.toHaveLength(1);
  });

  it("go when their case is deleted; another user's case is not theirs to delete", async () => {
    const mine = await userWithReceipts(3);
    const theirs = await userWithReceipts(1);
    await expect(deleteCaseAndFiles(theirs.user.id, mine.caseId)).rejects.toMatchObject(NOT_FOUND);
    expect(await db().receipt.count({ where: { caseId: mine.caseId } })).toBe(3);

    await deleteCaseAndFiles(mine.user.id, mine.caseId);
    expect((await runQueuedDeletions()).flat().sort()).toEqual([...mine.keys].sort());
    expect(await s3.objectKeys()).toEqual(originals(theirs.keys));
  });

  it("that no row names are swept once they are an hour old, and only those", async () => {
    const kept = await userWithReceipts(2);
    // An upload whose transaction never committed, and a deletion whose job was never queued.
    const orphan = newStorageKey();
    await s3Driver().put(orphan, "original", { body: Buffer.from("%PDF-1.4 orphan"), size: 15, contentType: "application/pdf" });
    await db().receipt.delete({ where: { id: kept.ids[1]! } });

    const now = new Date();
    expect(await sweepReceiptObjects(now)).toBe(0);
    expect(await s3.objectKeys()).toHaveLength(3);

    expect(await sweepReceiptObjects(new Date(now.getTime() + ORPHAN_AFTER_MS + 60_000))).toBe(2);
    expect(await s3.objectKeys()).toEqual(originals([kept.keys[0]!]));
    expect(await sweepReceiptObjects(new Date(now.getTime() + ORPHAN_AFTER_MS + 60_000))).toBe(0);
  });

  it("are refused by the job's payload unless they look like storage keys", () => {
    expect(deleteReceiptObjectsJob.payload.safeParse({ keys: ["receipts/abcdefghijkl"] }).success).toBe(true);
    for (const keys of [[], ["../etc/passwd"], ["receipts/a b"], ["user@example.com"]]) {
      expect(deleteReceiptObjectsJob.payload.safeParse({ keys }).success).toBe(false);
    }
  });
});
