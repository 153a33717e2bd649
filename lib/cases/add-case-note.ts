import "server-only";
import { createOncePerSubmission } from "./create-once-per-submission";
import { recordCaseEvent } from "./record-case-event";
import { touchOwnedCase } from "./touch-owned-case";

/**
 * Adds a note to the user's case timeline (what the agent said, a call's
 * outcome...). The same `submissionKey` again adds nothing, and is answered
 * as done.
 */
export async function addCaseNote(
  userId: string,
  caseId: string,
  note: { text: string; submissionKey?: string | null },
  now = new Date(),
): Promise<void> {
  await createOncePerSubmission({ userId, kind: "NOTE", key: note.submissionKey ?? null, now }, async (tx) => {
    await touchOwnedCase(tx, userId, caseId, now);
    return recordCaseEvent(tx, { caseId, actorId: userId, kind: "NOTE_ADDED", at: now, data: { text: note.text } });
  });
}
