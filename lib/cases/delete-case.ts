import "server-only";
import { db } from "@/lib/db/client";
import { CaseNotFoundError } from "./errors";

/** Deletes one of the user's cases with its steps and timeline. */
export async function deleteCase(userId: string, caseId: string): Promise<void> {
  const { count } = await db().case.deleteMany({ where: { id: caseId, ownerId: userId } });
  if (count === 0) throw new CaseNotFoundError();
}
