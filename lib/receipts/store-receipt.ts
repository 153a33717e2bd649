import "server-only";
import { randomBytes } from "node:crypto";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { touchOwnedCase } from "@/lib/cases/touch-owned-case";
import { db } from "@/lib/db/client";
import { ReceiptRejectedError } from "./errors";
import { RECEIPT_LIMITS } from "./limits";
import type { PreparedReceipt } from "./prepare-receipt";
import { receiptStorage } from "./receipt-storage";

export type AddedReceipt = { id: string; caseId: string; fileName: string; kind: "IMAGE" | "PDF" };

/**
 * Keeps a prepared file on one of the user's cases (optionally on one of its
 * steps). The row, the bytes and the timeline entry are written in one
 * transaction: a failure anywhere leaves nothing behind.
 */
export async function storeReceipt(
  userId: string,
  caseId: string,
  prepared: PreparedReceipt,
  options: { stepId?: string | null; now?: Date } = {},
): Promise<AddedReceipt> {
  const now = options.now ?? new Date();
  const id = randomBytes(24).toString("base64url");
  const storage = receiptStorage();
  return db().$transaction(
    async (tx) => {
      // One upload at a time per user, so two at once cannot both slip under the quota.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`receipts:${userId}`}))`;
      await touchOwnedCase(tx, userId, caseId, now);
      if (options.stepId && (await tx.caseStep.count({ where: { id: options.stepId, caseId } })) === 0) {
        throw new CaseNotFoundError();
      }
      const used = await tx.receipt.aggregate({ where: { ownerId: userId }, _sum: { size: true } });
      if ((used._sum.size ?? 0) + prepared.data.length > RECEIPT_LIMITS.quotaBytesPerUser) {
        throw new ReceiptRejectedError("receipts.quotaFull", 413);
      }
      await tx.receipt.create({
        data: {
          id,
          caseId,
          ownerId: userId,
          stepId: options.stepId ?? null,
          kind: prepared.kind,
          contentType: prepared.contentType,
          fileName: prepared.fileName,
          size: prepared.data.length,
          width: prepared.width,
          height: prepared.height,
          pageCount: prepared.pageCount,
          createdAt: now,
        },
      });
      await storage.save(tx, id, { original: prepared.data, thumbnail: prepared.thumbnail });
      await recordCaseEvent(tx, {
        caseId,
        actorId: userId,
        kind: "RECEIPT_ADDED",
        at: now,
        data: { receiptId: id, fileName: prepared.fileName },
      });
      return { id, caseId, fileName: prepared.fileName, kind: prepared.kind };
    },
    // Large files take a moment to write; Prisma's 5 s default is too tight on a small machine.
    // Uploads of one user queue on the lock above while holding a connection, so
    // the others may wait for one longer than Prisma's default 2 s.
    { timeout: 30_000, maxWait: 20_000 },
  );
}
