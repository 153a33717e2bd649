import "server-only";
import { db } from "@/lib/db/client";
import { notFoundError } from "@/lib/http/user-error";

/** One of the user's cases with its steps and timeline (newest first); another user's case is "not found". */
export async function getCase(userId: string, caseId: string) {
  const found = await db().case.findFirst({
    where: { id: caseId, ownerId: userId },
    include: {
      steps: { orderBy: [{ kind: "asc" }, { position: "asc" }] },
      events: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        include: { actor: { select: { email: true } } },
      },
      owner: { select: { timeZone: true, remindersEnabled: true } },
      receipts: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        select: { id: true, kind: true, fileName: true, size: true, pageCount: true, width: true, height: true, stepId: true, createdAt: true },
      },
      reminders: {
        where: { state: { not: "CANCELLED" } },
        orderBy: [{ dueAt: "asc" }, { sequence: "asc" }],
        select: { id: true, kind: true, sequence: true, state: true, dueAt: true, sentAt: true, lastError: true, round: true },
      },
    },
  });
  if (!found) throw notFoundError("cases.notFound");
  return found;
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
