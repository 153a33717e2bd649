import "server-only";
import type { Prisma } from "@/lib/db/client";
import { notFoundError } from "@/lib/http/user-error";

/**
 * Locks the case a step of the user's belongs to, before anything touches the
 * step, and returns the case's id. Every change to a case's steps takes the
 * case first and the steps after (moving a step locks its whole list): a mark
 * that locked its step first, then waited for the case a move held, while the
 * move waited for that step, was a deadlock that Postgres broke by failing one
 * of them. Same lock as lockOwnedCase: timeline entries can still be added.
 */
export async function lockStepCase(tx: Prisma.TransactionClient, userId: string, stepId: string): Promise<string> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Case" c JOIN "CaseStep" s ON s."caseId" = c.id
     WHERE s.id = ${stepId} AND c."ownerId" = ${userId}
       FOR NO KEY UPDATE OF c`;
  if (rows.length !== 1) throw notFoundError("cases.notFound");
  return rows[0]!.id;
}
