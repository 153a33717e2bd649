import "server-only";
import type { Prisma } from "@/lib/db/client";
import { notFoundError } from "@/lib/http/user-error";

/**
 * Locks one of the user's cases until the caller's transaction ends, writing
 * nothing: a request that may be a replay (decision 031) then reads the case
 * only after a twin still in flight has committed, and can answer without a
 * write when the twin already did the work. NO KEY UPDATE, the lock an UPDATE
 * of the row takes, so timeline entries and steps can still be inserted for it.
 */
export async function lockOwnedCase(tx: Prisma.TransactionClient, userId: string, caseId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Case" WHERE id = ${caseId} AND "ownerId" = ${userId} FOR NO KEY UPDATE`;
  if (rows.length !== 1) throw notFoundError("cases.notFound");
}
