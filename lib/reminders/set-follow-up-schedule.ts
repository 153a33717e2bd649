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
      where: { id: caseId, ownerId: userId },
      data: { followUpEveryDays: input.everyDays, maxFollowUps: input.count, updatedAt: now },
    });
    if (updated.count !== 1) throw notFoundError("cases.notFound");
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
