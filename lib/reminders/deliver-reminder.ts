import "server-only";
import { applyCaseAction } from "@/lib/cases/apply-case-action";
import { maskPhone } from "@/lib/cases/phone-number";
import { operatorLabel } from "@/lib/cases/procedure-templates";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env";
import { sendMail } from "@/lib/mail/send-mail";
import { reminderEmail } from "@/lib/mail/templates/reminder-email";
import { formatDateTime } from "@/lib/time/zoned-time";
import { CHASE_HINTS, type EmailLocale } from "./chase-hints";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { createUnsubscribeToken } from "./unsubscribe-token";

export type DeliveryOutcome = "sent" | "failed" | "retried" | "cancelled" | "skipped";

/** After this many transient failures a reminder is given up on and shown as failed. */
export const MAX_ATTEMPTS = 8;

/** 1, 2, 4 … minutes between transient failures, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/** SMTP 5xx: the server will never take this message. Anything else (4xx, network) may pass later. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "responseCode" in error ? Number(error.responseCode) : NaN;
  return code >= 500 && code < 600;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

const DELIVERY_SELECT = {
  id: true,
  kind: true,
  sequence: true,
  state: true,
  attempts: true,
  case: {
    select: {
      id: true,
      ownerId: true,
      operator: true,
      providerName: true,
      nickname: true,
      phoneNumber: true,
      status: true,
      expectedBy: true,
      noProofConfirmed: true,
      closedAt: true,
      leavingOn: true,
      remindersMuted: true,
      owner: { select: { email: true, locale: true, timeZone: true, remindersEnabled: true } },
    },
  },
} as const;

/** Everything needed to send these reminders, in one query. */
export async function loadRemindersForDelivery(ids: string[]) {
  return db().reminder.findMany({ where: { id: { in: ids } }, select: DELIVERY_SELECT });
}

export type ReminderForDelivery = Awaited<ReturnType<typeof loadRemindersForDelivery>>[number];

/**
 * Sends one reminder that this worker has claimed (state SENDING). It is
 * marked sent right after the SMTP server accepts it; a reminder that is no
 * longer SENDING (sent, cancelled, rescheduled meanwhile) is not sent again.
 */
export async function deliverReminder(reminderId: string, now: Date): Promise<DeliveryOutcome> {
  const [reminder] = await loadRemindersForDelivery([reminderId]);
  return reminder ? deliverLoadedReminder(reminder, now) : "skipped";
}

export async function deliverLoadedReminder(reminder: ReminderForDelivery, now: Date): Promise<DeliveryOutcome> {
  const reminderId = reminder.id;
  if (reminder.state !== "SENDING") return "skipped";
  const target = reminder.case;
  if (target.status !== "WAITING_FOR_OPERATOR" || target.remindersMuted || !target.owner.remindersEnabled) {
    await db().reminder.updateMany({ where: { id: reminderId, state: "SENDING" }, data: { state: "CANCELLED" } });
    return "cancelled";
  }

  const env = serverEnv();
  const locale: EmailLocale = target.owner.locale === "zh" ? "zh" : "en";
  const token = createUnsubscribeToken(target.ownerId, env.AUTH_SECRET);
  const operator = operatorLabel(target.operator, target.providerName);
  const message = reminderEmail({
    to: target.owner.email,
    locale,
    kind: reminder.kind,
    followUpNumber: reminder.kind === "FOLLOW_UP" ? reminder.sequence : 0,
    caseLabel: target.nickname ?? operator,
    operatorLabel: operator,
    maskedNumber: target.phoneNumber ? maskPhone(target.phoneNumber) : null,
    expectedByLabel: target.expectedBy
      ? formatDateTime(target.expectedBy, target.owner.timeZone, locale === "zh" ? "zh-CN" : "en-GB")
      : "",
    chaseHint: CHASE_HINTS[target.operator][locale],
    caseUrl: `${env.APP_URL}/cases/${target.id}`,
    settingsUrl: `${env.APP_URL}/account`,
    unsubscribeUrl: `${env.APP_URL}/unsubscribe?token=${encodeURIComponent(token)}`,
    oneClickUnsubscribeUrl: `${env.APP_URL}/api/unsubscribe?token=${encodeURIComponent(token)}`,
    messageId: `<reminder-${reminder.id}@${new URL(env.APP_URL).hostname}>`,
  });

  let messageId: string;
  try {
    ({ messageId } = await sendMail(message));
  } catch (error) {
    const permanent = isPermanentSmtpFailure(error) || reminder.attempts >= MAX_ATTEMPTS;
    if (!permanent) {
      await db().reminder.updateMany({
        where: { id: reminderId, state: "SENDING" },
        data: {
          state: "SCHEDULED",
          claimedAt: null,
          dueAt: new Date(now.getTime() + retryDelayMs(reminder.attempts)),
          lastError: errorText(error),
        },
      });
      return "retried";
    }
    await db().$transaction(async (tx) => {
      const marked = await tx.reminder.updateMany({
        where: { id: reminderId, state: "SENDING" },
        data: { state: "FAILED", lastError: errorText(error) },
      });
      if (marked.count === 1) {
        await recordCaseEvent(tx, {
          caseId: target.id,
          actorId: target.ownerId,
          kind: "REMINDER_FAILED",
          at: now,
          data: { kind: reminder.kind, sequence: reminder.sequence, error: errorText(error) },
        });
      }
    });
    return "failed";
  }

  const sentAt = now;
  await db().$transaction(async (tx) => {
    const marked = await tx.reminder.updateMany({
      where: { id: reminderId, state: "SENDING" },
      data: { state: "SENT", sentAt, messageId, lastError: null },
    });
    if (marked.count !== 1) return;
    await recordCaseEvent(tx, {
      caseId: target.id,
      actorId: target.ownerId,
      kind: "REMINDER_SENT",
      at: sentAt,
      data: { kind: reminder.kind, sequence: reminder.sequence },
    });
    if (reminder.kind === "NEEDS_ACTION") {
      await applyCaseAction(tx, target, { type: "flagNeedsAction" }, target.ownerId, sentAt);
    }
  });
  return "sent";
}
