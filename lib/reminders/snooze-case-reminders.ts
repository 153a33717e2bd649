import "server-only";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { db } from "@/lib/db/client";
import { zonedWallTimeToUtc } from "@/lib/time/zoned-time";
import { REMINDER_POLICY } from "./plan-reminders";
import { MAX_SNOOZE_DAYS, snoozeWindow } from "./snooze-window";
import { syncCaseReminders } from "./sync-case-reminders";
import { notFoundError, UserError } from "@/lib/http/user-error";

export type SnoozeRequest = { days: 1 | 3 } | { date: string };

/**
 * Holds the reminders of one of the user's cases: for 1 or 3 days, or until a
 * date (then from 09:00 on the user's clock). What is left keeps its spacing.
 */
export async function snoozeCaseReminders(
  userId: string,
  caseId: string,
  request: SnoozeRequest,
  now = new Date(),
): Promise<Date> {
  return db().$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
    if (!owner) throw notFoundError("cases.notFound");
    const until =
      "days" in request
        ? new Date(now.getTime() + request.days * 86_400_000)
        : zonedWallTimeToUtc(request.date, REMINDER_POLICY.sendAt, owner.timeZone);
    if (until.getTime() <= now.getTime()) throw new UserError("reminders.snoozeInPast", { field: "date" });
    // The same last day the date picker offers, in the user's calendar (dates compare as strings).
    if ("date" in request && request.date > snoozeWindow(owner.timeZone, now).max) {
      throw new UserError("reminders.snoozeTooFar", { field: "date", values: { days: MAX_SNOOZE_DAYS } });
    }

    const updated = await tx.case.updateMany({
      where: { id: caseId, ownerId: userId, OR: [{ snoozedUntil: null }, { snoozedUntil: { not: until } }] },
      data: { snoozedUntil: until, updatedAt: now },
    });
    if (updated.count === 0) {
      // Already held until then (a date sent twice), or not the user's case: only the latter is an error.
      if ((await tx.case.count({ where: { id: caseId, ownerId: userId } })) === 0) throw notFoundError("cases.notFound");
      return until;
    }
    await recordCaseEvent(tx, { caseId, actorId: userId, kind: "REMINDERS_SNOOZED", at: now, data: { until: until.toISOString() } });
    await syncCaseReminders(tx, caseId, now);
    return until;
  });
}
