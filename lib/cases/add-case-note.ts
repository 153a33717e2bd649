import "server-only";
import { db } from "@/lib/db/client";
import { recordCaseEvent } from "./record-case-event";
import { touchOwnedCase } from "./touch-owned-case";

/** Adds a note to the user's case timeline (what the agent said, a call's outcome...). */
export async function addCaseNote(userId: string, caseId: string, text: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    await touchOwnedCase(tx, userId, caseId, now);
    await recordCaseEvent(tx, { caseId, actorId: userId, kind: "NOTE_ADDED", at: now, data: { text } });
  });
}
