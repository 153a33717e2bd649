import "server-only";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { db } from "@/lib/db/client";
import { syncCaseReminders } from "./sync-case-reminders";
import { notFoundError } from "@/lib/http/user-error";

/** Turns one of the user's cases' reminder emails off (or back on). */
export async function setCaseRemindersMuted(userId: string, caseId: string, muted: boolean, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const updated = await tx.case.updateMany({
      where: { id: caseId, ownerId: userId, remindersMuted: !muted },
      data: { remindersMuted: muted, updatedAt: now },
    });
    if (updated.count === 0) {
      // Already in that state, or not the user's case: only the latter is an error.
      if ((await tx.case.count({ where: { id: caseId, ownerId: userId } })) === 0) throw notFoundError("cases.notFound");
      return;
    }
    await recordCaseEvent(tx, { caseId, actorId: userId, kind: muted ? "REMINDERS_MUTED" : "REMINDERS_UNMUTED", at: now });
    await syncCaseReminders(tx, caseId, now);
  });
}
