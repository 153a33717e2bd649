import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/http/user-error";

/** The operator and SIM kind of one of the user's cases: what decides which of its fields are required. */
export async function getCaseKind(userId: string, caseId: string) {
  const found = await db().case.findFirst({ where: { id: caseId, ownerId: userId }, select: { operator: true, simKind: true } });
  if (!found) throw notFoundError("cases.notFound");
  return found;
}
