import type { CaseStatus } from "@/lib/cases/case-status";
import { zonedDateString, zonedWallTimeToUtc } from "@/lib/time/zoned-time";
import { addDays } from "@/lib/time/working-days";

export type ReminderKind = "CHECK" | "FOLLOW_UP" | "NEEDS_ACTION";

/** The follow-up interval and count are the case's own (defaults in the schema: every 2 days, at most 5). */
export const REMINDER_POLICY = {
  /** Local time of day reminders are sent at. */
  sendAt: "09:00",
} as const;

const DAY_MS = 86_400_000;
/** Fixed, so that changing the number of follow-ups never renumbers the needs-action email. */
const NEEDS_ACTION_SEQUENCE = 99;

export type PlannedReminder = { kind: ReminderKind; sequence: number; dueAt: Date };

export type ReminderPlanInput = {
  status: CaseStatus;
  expectedBy: Date | null;
  muted: boolean;
  /** The owner's "reminder emails" setting. */
  enabled: boolean;
  snoozedUntil: Date | null;
  timeZone: string;
  followUpEveryDays: number;
  maxFollowUps: number;
  /** Sequences of this round already sent, failed, skipped or being sent: never planned again. */
  done: ReadonlySet<number>;
  now: Date;
};

/**
 * The reminders still to send for a case. Nothing unless the case is waiting
 * for the operator with reminders on. The check goes out on the expected-by
 * day at 09:00 in the user's zone, then a follow-up every few days (by
 * default every 2 days, at most 5), then the needs-action email. Nothing is planned before now or the snooze,
 * and what is left keeps its spacing.
 */
export function planReminders(input: ReminderPlanInput): PlannedReminder[] {
  if (input.status !== "WAITING_FOR_OPERATOR" || !input.expectedBy || input.muted || !input.enabled) return [];

  const day = zonedDateString(input.expectedBy, input.timeZone);
  const at = (offsetDays: number) => zonedWallTimeToUtc(addDays(day, offsetDays), REMINDER_POLICY.sendAt, input.timeZone);
  const every = input.followUpEveryDays;
  const all: PlannedReminder[] = [
    { kind: "CHECK", sequence: 0, dueAt: at(0) },
    ...Array.from({ length: input.maxFollowUps }, (_, index) => ({
      kind: "FOLLOW_UP" as const,
      sequence: index + 1,
      dueAt: at(every * (index + 1)),
    })),
    { kind: "NEEDS_ACTION", sequence: NEEDS_ACTION_SEQUENCE, dueAt: at(every * (input.maxFollowUps + 1)) },
  ];

  const earliest = Math.max(input.now.getTime(), input.snoozedUntil?.getTime() ?? 0);
  const planned: PlannedReminder[] = [];
  let previous: number | null = null;
  for (const reminder of all) {
    if (input.done.has(reminder.sequence)) continue;
    let due = Math.max(reminder.dueAt.getTime(), earliest);
    if (previous !== null) due = Math.max(due, previous + every * DAY_MS);
    planned.push({ ...reminder, dueAt: new Date(due) });
    previous = due;
  }
  return planned;
}
