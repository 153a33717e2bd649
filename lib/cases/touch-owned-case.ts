import "server-only";
import type { Prisma } from "@/lib/db/client";
import { notFoundError } from "@/lib/http/user-error";

/**
 * Marks one of the user's cases as updated, inside the caller's transaction:
 * the owner is in the condition, so another user's case is "not found", and
 * the row stays locked until the transaction ends (concurrent step changes on
 * one case take turns).
 */
export async function touchOwnedCase(tx: Prisma.TransactionClient, userId: string, caseId: string, now: Date): Promise<void> {
  const { count } = await tx.case.updateMany({ where: { id: caseId, ownerId: userId }, data: { updatedAt: now } });
  if (count !== 1) throw notFoundError("cases.notFound");
}
