import "server-only";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { db } from "@/lib/db/client";
import { syncCaseReminders } from "./sync-case-reminders";
import { notFoundError } from "@/lib/http/user-error";

/** Changes how often (and how many times) one of the user's cases follows up, and replans its reminders. */
export async function setFollowUpSchedule(
  userId: string,
  caseId: string,
  input: { everyDays: number; count: number },
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const updated = await tx.case.updateMany({
      where: { id: caseId, ownerId: userId, OR: [{ followUpEveryDays: { not: input.everyDays } }, { maxFollowUps: { not: input.count } }] },
      data: { followUpEveryDays: input.everyDays, maxFollowUps: input.count, updatedAt: now },
    });
    if (updated.count === 0) {
      // Already that schedule (the same form sent twice), or not the user's case: only the latter is an error.
      if ((await tx.case.count({ where: { id: caseId, ownerId: userId } })) === 0) throw notFoundError("cases.notFound");
      return;
    }
    await recordCaseEvent(tx, {
      caseId,
      actorId: userId,
      kind: "REMINDER_SCHEDULE_CHANGED",
      at: now,
      data: { everyDays: input.everyDays, count: input.count },
    });
    await syncCaseReminders(tx, caseId, now);
  });
}
