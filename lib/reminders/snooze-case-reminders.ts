import "server-only";
import { createHash } from "node:crypto";
import { createOncePerSubmission } from "@/lib/cases/create-once-per-submission";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { db } from "@/lib/db/client";
import { zonedDateString, zonedWallTimeToUtc } from "@/lib/time/zoned-time";
import { REMINDER_POLICY } from "./plan-reminders";
import { MAX_SNOOZE_DAYS, snoozeWindow } from "./snooze-window";
import { syncCaseReminders } from "./sync-case-reminders";
import { notFoundError, UserError } from "@/lib/http/user-error";

/** A snooze for days carries its form's submission key (decision 031); a date is its own key. */
export type SnoozeRequest = { days: 1 | 3; submissionKey?: string | null } | { date: string };

// One form with three buttons: "3 days" pressed after "1 day" lost its answer
// is a new request, so the claimed key names the button as well as the form.
function snoozeKey(key: string, days: number): string {
  const hex = createHash("sha256").update(`${key}:${days}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Holds the reminders of one of the user's cases until 09:00 on the user's
 * clock, 1 or 3 days on or on a date. What is left keeps its spacing.
 * Sent twice, it holds them once: a date already held writes nothing, and a
 * snooze for days with the same submission key answers with the hold in place.
 */
export async function snoozeCaseReminders(
  userId: string,
  caseId: string,
  request: SnoozeRequest,
  now = new Date(),
): Promise<Date> {
  const key = "days" in request && request.submissionKey ? snoozeKey(request.submissionKey, request.days) : null;
  const snoozed = await createOncePerSubmission({ userId, kind: "SNOOZE", key, now }, async (tx) => {
    const owner = await tx.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
    if (!owner) throw notFoundError("cases.notFound");
    // Reminders go at 09:00 on the user's clock: "3 days" tapped at 19:56 or 02:00 must not
    // move every reminder left to 19:56 or 02:00. It ends at 09:00 that many days on.
    const day = "days" in request ? zonedDateString(new Date(now.getTime() + request.days * 86_400_000), owner.timeZone) : request.date;
    const until = zonedWallTimeToUtc(day, REMINDER_POLICY.sendAt, owner.timeZone);
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
      return { id: caseId, until };
    }
    await recordCaseEvent(tx, { caseId, actorId: userId, kind: "REMINDERS_SNOOZED", at: now, data: { until: until.toISOString() } });
    await syncCaseReminders(tx, caseId, now);
    return { id: caseId, until };
  });
  if (!snoozed.replayed) return snoozed.made.until;
  // Keys are per user, so the case it held is the user's; the hold in place now
  // is the answer (none: a new wait since then has released it).
  const held = await db().case.findFirst({ where: { id: snoozed.id, ownerId: userId }, select: { snoozedUntil: true } });
  if (!held) throw notFoundError("cases.notFound");
  return held.snoozedUntil ?? now;
}
