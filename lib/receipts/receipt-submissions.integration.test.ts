import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import * as corpus from "@/test/support/receipt-corpus";
import { addReceipt } from "./add-receipt";
import { RECEIPT_LIMITS } from "./limits";

// The same file sent again with its key, after an answer that never arrived,
// keeps nothing more and is answered with the receipt kept the first time
// (decision 031). The bucket's side: s3-storage.integration.test.ts.

async function userWithCase() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "METFONE" });
  return { user, caseId: id };
}

const kept = (caseId: string) => db().receipt.findMany({ where: { caseId }, select: { id: true, fileName: true } });
const timeline = (caseId: string) => db().caseEvent.count({ where: { caseId, kind: "RECEIPT_ADDED" } });

describe("a receipt uploaded twice with one submission key", () => {
  it("is kept once, and the second upload answers with it", async () => {
    const { user, caseId } = await userWithCase();
    const photo = await corpus.jpeg();
    const key = randomUUID();
    const first = await addReceipt(user.id, caseId, { bytes: photo, fileName: "sms.jpg", submissionKey: key });
    const again = await addReceipt(user.id, caseId, { bytes: photo, fileName: "sms.jpg", submissionKey: key });
    expect(again).toEqual(first);
    expect(await kept(caseId)).toEqual([{ id: first.id, fileName: "sms.jpg" }]);
    expect(await db().receiptBlob.count()).toBe(1);
    expect(await timeline(caseId)).toBe(1);

    // Picked again on purpose after it went through: a new key, a second receipt.
    await addReceipt(user.id, caseId, { bytes: photo, fileName: "sms.jpg", submissionKey: randomUUID() });
    expect(await kept(caseId)).toHaveLength(2);
  });

  it("is answered as kept even when the first upload filled the quota", async () => {
    const { user, caseId } = await userWithCase();
    const key = randomUUID();
    const first = await addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png", submissionKey: key });
    await db().receipt.update({ where: { id: first.id }, data: { size: RECEIPT_LIMITS.quotaBytesPerUser - 10 } });
    await expect(addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png", submissionKey: key })).resolves.toEqual(first);
    expect(await kept(caseId)).toHaveLength(1);
  });

  it("is kept for another user with the same key, who is never answered with the first user's receipt", async () => {
    const mine = await userWithCase();
    const theirs = await userWithCase();
    const key = randomUUID();
    const first = await addReceipt(mine.user.id, mine.caseId, { bytes: await corpus.pdf(1), fileName: "mine.pdf", submissionKey: key });
    await expect(addReceipt(theirs.user.id, mine.caseId, { bytes: await corpus.pdf(1), fileName: "theirs.pdf", submissionKey: key })).rejects.toMatchObject(NOT_FOUND);
    const added = await addReceipt(theirs.user.id, theirs.caseId, { bytes: await corpus.pdf(1), fileName: "theirs.pdf", submissionKey: key });
    expect(added.id).not.toBe(first.id);
    expect(await kept(mine.caseId)).toEqual([{ id: first.id, fileName: "mine.pdf" }]);
    expect(await kept(theirs.caseId)).toEqual([{ id: added.id, fileName: "theirs.pdf" }]);
  });

  it("is kept when a refused upload is sent again, corrected, with the same key", async () => {
    const { user, caseId } = await userWithCase();
    const key = randomUUID();
    // Refused inside the transaction, after the key was claimed: a step of no case of the user's.
    await expect(addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png", stepId: "no-such-step", submissionKey: key })).rejects.toMatchObject(
      NOT_FOUND,
    );
    // Refused before it: a file that is not a photo.
    await expect(addReceipt(user.id, caseId, { bytes: corpus.html, fileName: "a.pdf", submissionKey: key })).rejects.toThrow("receipts.unreadable");
    const added = await addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png", submissionKey: key });
    expect(await kept(caseId)).toEqual([{ id: added.id, fileName: "a.png" }]);
  });
});
