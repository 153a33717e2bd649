import "server-only";
import { db } from "@/lib/db/client";
import { isNotFound } from "@/lib/db/is-not-found";
import { CaseNotFoundError } from "./errors";
import { recordCaseEvent } from "./record-case-event";

/** Adds a note to the user's case timeline (what the agent said, a call's outcome...). */
export async function addCaseNote(userId: string, caseId: string, text: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    try {
      await tx.case.update({ where: { id: caseId, ownerId: userId }, data: { updatedAt: now } });
    } catch (error) {
      if (isNotFound(error)) throw new CaseNotFoundError();
      throw error;
    }
    await recordCaseEvent(tx, { caseId, actorId: userId, kind: "NOTE_ADDED", at: now, data: { text } });
  });
}
