import "server-only";
import { notFoundError } from "@/lib/http/user-error";
import { db } from "@/lib/db/client";

/** Everything a proof pack shows of one of the user's cases, oldest first; another user's case is "not found". */
export async function findProofPackCase(userId: string, caseId: string) {
  const found = await db().case.findFirst({
    where: { id: caseId, ownerId: userId },
    include: {
      steps: { where: { kind: "PROCEDURE" }, orderBy: { position: "asc" }, select: { note: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, data: true, createdAt: true } },
      owner: { select: { locale: true, timeZone: true } },
      receipts: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, contentType: true, fileName: true, size: true, pageCount: true, createdAt: true },
      },
    },
  });
  if (!found) throw notFoundError("cases.notFound");
  return found;
}

export type ProofPackCase = Awaited<ReturnType<typeof findProofPackCase>>;
