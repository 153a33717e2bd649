import "server-only";
import type { Prisma } from "@/lib/db/client";

/**
 * Until the transaction ends, no other transaction adds a receipt for this
 * user: uploads take it before checking the quota, and an account's deletion
 * before reading which objects to delete.
 */
export async function lockUserReceipts(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`receipts:${userId}`}))`;
}
