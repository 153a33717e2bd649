import "server-only";
import { db } from "@/lib/db/client";
import { setCaseRemindersMuted } from "@/lib/reminders/set-case-reminders-muted";
import { snoozeCaseReminders } from "@/lib/reminders/snooze-case-reminders";
import type { ButtonAction } from "./reminder-buttons";

export type ButtonOutcome = { kind: "snoozed"; until: Date } | { kind: "muted" } | { kind: "stale" } | { kind: "notYours" };

/**
 * A press on a reminder's Snooze or Mute button, by the user the chat is
 * linked to. A case that is not theirs is refused; a reminder from an earlier
 * wait, or a case no longer waiting, is stale: nothing changes.
 */
export async function pressReminderButton(
  userId: string,
  press: { action: ButtonAction; caseId: string; reminderId: string },
  now = new Date(),
): Promise<ButtonOutcome> {
  const target = await db().case.findFirst({
    where: { id: press.caseId, ownerId: userId },
    select: { status: true, reminderRound: true, reminders: { where: { id: press.reminderId }, select: { round: true } } },
  });
  if (!target) return { kind: "notYours" };
  const reminder = target.reminders[0];
  if (!reminder || reminder.round !== target.reminderRound || target.status !== "WAITING_FOR_OPERATOR") return { kind: "stale" };
  if (press.action === "mute") {
    await setCaseRemindersMuted(userId, press.caseId, true, now);
    return { kind: "muted" };
  }
  return { kind: "snoozed", until: await snoozeCaseReminders(userId, press.caseId, { days: 1 }, now) };
}
