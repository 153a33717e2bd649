import "server-only";
import { db } from "@/lib/db/client";
import { nextDueAt } from "./next-due-at";
import { recordCaseEvent } from "./record-case-event";
import type { CreateCaseInput } from "./schemas";
import { notFoundError, UserError } from "@/lib/http/user-error";

/** The details a user can correct after opening a case; the operator and SIM kind shape its steps and stay. */
export type EditCaseInput = Omit<CreateCaseInput, "operator" | "simKind">;

const FIELDS = ["providerName", "phoneNumber", "orderNumber", "cardType", "nickname", "leavingOn", "notes"] as const;

export async function editCase(userId: string, caseId: string, input: EditCaseInput, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.case.findFirst({
      where: { id: caseId, ownerId: userId },
      select: { status: true, expectedBy: true, ...Object.fromEntries(FIELDS.map((field) => [field, true])) },
    });
    if (!current) throw notFoundError("cases.notFound");
    const changed = FIELDS.filter((field) => {
      const before = (current as Record<string, unknown>)[field];
      const after = input[field];
      return (before instanceof Date ? before.getTime() : before) !== (after instanceof Date ? after.getTime() : after);
    });
    if (changed.length === 0) return;
    const updated = await tx.case.updateMany({
      where: { id: caseId, ownerId: userId, status: current.status },
      data: { ...input, nextDueAt: nextDueAt({ status: current.status, expectedBy: current.expectedBy, leavingOn: input.leavingOn }), updatedAt: now },
    });
    if (updated.count !== 1) throw new UserError("cases.changedElsewhere");
    await recordCaseEvent(tx, { caseId, actorId: userId, kind: "CASE_EDITED", at: now, data: { fields: [...changed] } });
  });
}
