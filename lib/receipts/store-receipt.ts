import "server-only";
import { randomBytes } from "node:crypto";
import { createOncePerSubmission, type SubmissionRef } from "@/lib/cases/create-once-per-submission";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { touchOwnedCase } from "@/lib/cases/touch-owned-case";
import type { Prisma } from "@/lib/db/client";
import { RECEIPT_LIMITS } from "./limits";
import { lockUserReceipts } from "./lock-user-receipts";
import type { PreparedReceipt } from "./prepare-receipt";
import { newStorageKey } from "./storage/object-keys";
import { uploadDriver } from "./storage/receipt-storage";
import type { ReceiptStorageDriver } from "./storage/storage-driver";
import { notFoundError, UserError } from "@/lib/http/user-error";

export type AddedReceipt = { id: string; caseId: string; fileName: string; kind: "IMAGE" | "PDF" };

async function putFiles(driver: ReceiptStorageDriver, key: string, prepared: PreparedReceipt, tx?: Prisma.TransactionClient) {
  await driver.put(key, "original", { body: prepared.data, size: prepared.data.length, contentType: prepared.contentType }, tx);
  if (prepared.thumbnail) {
    await driver.put(key, "thumbnail", { body: prepared.thumbnail, size: prepared.thumbnail.length, contentType: "image/jpeg" }, tx);
  }
}

/**
 * Keeps a prepared file on one of the user's cases (optionally on one of its
 * steps). The row, the bytes (in Postgres) and the timeline entry are written
 * in one transaction: a failure anywhere leaves nothing behind. In a bucket
 * the objects are written first, under a new key, and deleted if the
 * transaction fails or the same upload was kept before (its `submissionKey`
 * again: then its receipt is the answer); the hourly sweep removes any this misses.
 */
export async function storeReceipt(
  userId: string,
  caseId: string,
  prepared: PreparedReceipt,
  options: { stepId?: string | null; now?: Date; submissionKey?: string | null } = {},
): Promise<AddedReceipt> {
  const now = options.now ?? new Date();
  const id = randomBytes(24).toString("base64url");
  const driver = uploadDriver();
  const storageKey = driver.name === "postgres" ? null : newStorageKey();
  if (storageKey) await putFiles(driver, storageKey, prepared);
  const submission = { userId, kind: "RECEIPT" as const, key: options.submissionKey ?? null, now };
  try {
    const stored = await insertReceipt(submission, caseId, prepared, { id, storageKey, driver, stepId: options.stepId ?? null });
    if (!stored.replayed) return stored.made;
    if (storageKey) await driver.delete([storageKey]).catch(() => undefined);
    return { id: stored.id, caseId, fileName: prepared.fileName, kind: prepared.kind };
  } catch (error) {
    if (storageKey) await driver.delete([storageKey]).catch(() => undefined);
    throw error;
  }
}

async function insertReceipt(
  submission: SubmissionRef,
  caseId: string,
  prepared: PreparedReceipt,
  { id, storageKey, driver, stepId }: { id: string; storageKey: string | null; driver: ReceiptStorageDriver; stepId: string | null },
) {
  const { userId, now } = submission;
  return createOncePerSubmission(
    submission,
    async (tx) => {
      // One upload at a time per user, so two at once cannot both slip under the quota.
      await lockUserReceipts(tx, userId);
      await touchOwnedCase(tx, userId, caseId, now);
      if (stepId && (await tx.caseStep.count({ where: { id: stepId, caseId } })) === 0) {
        throw notFoundError("cases.notFound");
      }
      const used = await tx.receipt.aggregate({ where: { ownerId: userId }, _sum: { size: true } });
      if ((used._sum.size ?? 0) + prepared.data.length > RECEIPT_LIMITS.quotaBytesPerUser) {
        throw new UserError("receipts.quotaFull", { status: 413 });
      }
      await tx.receipt.create({
        data: {
          id,
          caseId,
          ownerId: userId,
          stepId,
          kind: prepared.kind,
          contentType: prepared.contentType,
          fileName: prepared.fileName,
          size: prepared.data.length,
          width: prepared.width,
          height: prepared.height,
          pageCount: prepared.pageCount,
          createdAt: now,
          storageKey,
        },
      });
      if (!storageKey) await putFiles(driver, id, prepared, tx);
      await recordCaseEvent(tx, {
        caseId,
        actorId: userId,
        kind: "RECEIPT_ADDED",
        at: now,
        data: { receiptId: id, fileName: prepared.fileName },
      });
      return { id, caseId, fileName: prepared.fileName, kind: prepared.kind } satisfies AddedReceipt;
    },
    // Large files take a moment to write; Prisma's 5 s default is too tight on a small machine.
    // Uploads of one user queue on the lock above while holding a connection, so
    // the others may wait for one longer than Prisma's default 2 s.
    { timeout: 30_000, maxWait: 20_000 },
  );
}
