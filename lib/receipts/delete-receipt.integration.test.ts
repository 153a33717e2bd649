import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import * as corpus from "@/test/support/receipt-corpus";
import { addReceipt } from "./add-receipt";
import { deleteReceipt } from "./delete-receipt";

async function snapshot(caseId: string) {
  const [receipts, row, events] = await Promise.all([
    db().receipt.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true } }),
    db().case.findUniqueOrThrow({ where: { id: caseId }, select: { updatedAt: true } }),
    db().caseEvent.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { receipts, row, events };
}

describe("deleting a receipt, sent twice", () => {
  it("the second delete is answered as done, with the case, and writes nothing", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    const added = await addReceipt(user.id, id, { bytes: await corpus.png(), fileName: "a.png" });
    expect(await deleteReceipt(user.id, added.id)).toEqual({ caseId: id });
    const once = await snapshot(id);
    expect(await deleteReceipt(user.id, added.id)).toEqual({ caseId: id });
    expect(await snapshot(id)).toEqual(once);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "RECEIPT_DELETED" } })).toBe(1);
  });

  it("a receipt that never was, or another user's, is not found and stays", async () => {
    const user = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createTestCase(user.id);
    const kept = await addReceipt(user.id, id, { bytes: await corpus.png(), fileName: "kept.png" });
    const gone = await addReceipt(user.id, id, { bytes: await corpus.png(), fileName: "gone.png" });
    await deleteReceipt(user.id, gone.id);
    const before = await snapshot(id);
    await expect(deleteReceipt(user.id, "no-such-receipt")).rejects.toMatchObject(NOT_FOUND);
    await expect(deleteReceipt(stranger.id, kept.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(deleteReceipt(stranger.id, gone.id)).rejects.toMatchObject(NOT_FOUND);
    expect(await snapshot(id)).toEqual(before);
  });
});
