import "server-only";
import type { Prisma } from "@/lib/db/client";
import { planReminders } from "./plan-reminders";

/**
 * Makes a case's scheduled reminders match its state: called in the same
 * transaction as every change that matters (status, snooze, mute, the owner's
 * setting). Reminders already sent, failed, skipped or being sent are left alone.
 */
export async function syncCaseReminders(tx: Prisma.TransactionClient, caseId: string, now: Date): Promise<void> {
  // Delete first, read second: a row the worker claims in between is then seen as handled, never planned twice.
  await tx.reminder.deleteMany({ where: { caseId, state: "SCHEDULED" } });
  const found = await tx.case.findUnique({
    where: { id: caseId },
    select: {
      status: true,
      expectedBy: true,
      remindersMuted: true,
      snoozedUntil: true,
      reminderRound: true,
      followUpEveryDays: true,
      maxFollowUps: true,
      owner: { select: { timeZone: true, remindersEnabled: true } },
      reminders: { where: { state: { in: ["SENT", "FAILED", "SENDING", "SKIPPED"] } }, select: { sequence: true, round: true } },
    },
  });
  if (!found) return;

  const plan = planReminders({
    status: found.status,
    expectedBy: found.expectedBy,
    muted: found.remindersMuted,
    enabled: found.owner.remindersEnabled,
    snoozedUntil: found.snoozedUntil,
    timeZone: found.owner.timeZone,
    followUpEveryDays: found.followUpEveryDays,
    maxFollowUps: found.maxFollowUps,
    done: new Set(found.reminders.filter((r) => r.round === found.reminderRound).map((r) => r.sequence)),
    now,
  });
  if (plan.length > 0) {
    await tx.reminder.createMany({
      data: plan.map((reminder) => ({ caseId, round: found.reminderRound, ...reminder })),
    });
  }
}
