import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import * as corpus from "@/test/support/receipt-corpus";
import { addReceipt } from "./add-receipt";
import { RECEIPT_LIMITS } from "./limits";
import { prepareReceipt } from "./prepare-receipt";
import { storeReceipt } from "./store-receipt";
import { UserError } from "@/lib/http/user-error";

describe("the receipt quota", () => {
  it("holds when 50 uploads of one user arrive at once", async () => {
    const user = await createTestUser();
    // Spread over several cases: uploads to one case already queue behind its row lock.
    const cases = await Promise.all(Array.from({ length: 10 }, () => createTestCase(user.id)));
    const caseId = cases[0]!.id;
    const prepared = await prepareReceipt(await corpus.pdf(1), "receipt.pdf");
    const size = prepared.data.length;
    // Room for exactly three more files.
    const first = await addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png" });
    const used = RECEIPT_LIMITS.quotaBytesPerUser - 3 * size;
    await db().receipt.update({ where: { id: first.id }, data: { size: used } });

    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        storeReceipt(user.id, cases[index % cases.length]!.id, prepared).then(
          () => "stored",
          (error: unknown) => (error instanceof UserError ? error.key : String(error)),
        ),
      ),
    );

    expect(outcomes.filter((outcome) => outcome === "stored")).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === "receipts.quotaFull")).toHaveLength(47);
    const total = await db().receipt.aggregate({ where: { ownerId: user.id }, _sum: { size: true } });
    expect(total._sum.size).toBe(RECEIPT_LIMITS.quotaBytesPerUser);
    expect(await db().receiptBlob.count()).toBe(4);
  });
});
