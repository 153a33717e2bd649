import "server-only";
import { applyCaseAction } from "@/lib/cases/apply-case-action";
import { maskPhone } from "@/lib/cases/phone-number";
import { caseTitle } from "@/lib/cases/case-title";
import { operatorName } from "@/lib/cases/operator-name";
import { db, type Prisma } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env";
import { sendMail } from "@/lib/mail/send-mail";
import { createFormatter, createTranslator } from "use-intl/core";
import { formats } from "@/lib/i18n/formats";
import { toLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { reminderEmail } from "@/lib/mail/templates/reminder-email";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { CaseRuleError } from "@/lib/cases/errors";
import { syncCaseReminders } from "./sync-case-reminders";
import { createUnsubscribeToken } from "./unsubscribe-token";

export type DeliveryOutcome = "sent" | "failed" | "retried" | "cancelled" | "skipped" | "superseded";

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
  round: true,
  state: true,
  attempts: true,
  claimToken: true,
  case: {
    select: {
      id: true,
      ownerId: true,
      operator: true,
      providerName: true,
      nickname: true,
      phoneNumber: true,
      orderNumber: true,
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

/**
 * The last word before sending, from the database and not from the batch's
 * copy: the claim is still ours, and the case still wants this reminder now
 * (waiting, same round, not muted, not snoozed, emails on). Refreshes the
 * claim's time, so a slow batch is not taken for a dead one.
 *
 * After the worker was away, several reminders of a case can be due at once:
 * only the latest goes out, so the user gets one email, not a burst. An
 * earlier one is "overtaken" when a later one of the same round is due as
 * well (whatever became of it since): it is marked SKIPPED, never planned again.
 */
async function confirmClaim(reminder: ReminderForDelivery, now: Date): Promise<"confirmed" | "overtaken" | "unwanted"> {
  const rows = await db().$queryRaw<{ state: string }[]>`
    WITH later AS (
      SELECT EXISTS (
        SELECT 1 FROM "Reminder"
         WHERE "caseId" = ${reminder.case.id} AND round = ${reminder.round} AND sequence > ${reminder.sequence}
           AND "dueAt" <= ${now} AND state <> 'CANCELLED') AS due)
    UPDATE "Reminder" AS r
       SET "claimedAt" = ${now},
           state = CASE WHEN later.due THEN 'SKIPPED'::"ReminderState" ELSE r.state END,
           "claimToken" = CASE WHEN later.due THEN NULL ELSE r."claimToken" END
      FROM later
     WHERE r.id = ${reminder.id} AND r.state = 'SENDING' AND r."claimToken" = ${reminder.claimToken}
       AND EXISTS (
         SELECT 1 FROM "Case" c JOIN "User" u ON u.id = c."ownerId"
          WHERE c.id = r."caseId" AND c.status = 'WAITING_FOR_OPERATOR' AND c."reminderRound" = r.round
            AND NOT c."remindersMuted" AND u."remindersEnabled"
            AND (c."snoozedUntil" IS NULL OR c."snoozedUntil" <= ${now}))
    RETURNING r.state::text AS state`;
  if (rows.length === 0) return "unwanted";
  return rows[0]!.state === "SKIPPED" ? "overtaken" : "confirmed";
}

/** Gives up a claim the case no longer wants, and replans: a snoozed reminder comes back later. */
async function dropClaim(reminder: ReminderForDelivery, now: Date): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const dropped = await tx.reminder.updateMany({
      where: { id: reminder.id, state: "SENDING", claimToken: reminder.claimToken },
      data: { state: "CANCELLED", claimToken: null },
    });
    if (dropped.count === 1) await syncCaseReminders(tx, reminder.case.id, now);
    return dropped.count === 1;
  });
}

/**
 * Gives claims back at once when a run fails before sending them (the
 * database went away, say), so they go out on the next run rather than after
 * the claim timeout. Best effort: if the database is still away, the timeout
 * frees them.
 */
export async function releaseClaims(ids: string[], claimToken: string): Promise<void> {
  if (ids.length === 0) return;
  await db()
    .reminder.updateMany({
      where: { id: { in: ids }, state: "SENDING", claimToken },
      data: { state: "SCHEDULED", claimedAt: null, claimToken: null },
    })
    .catch(() => undefined);
}

export async function deliverLoadedReminder(reminder: ReminderForDelivery, now: Date): Promise<DeliveryOutcome> {
  if (reminder.state !== "SENDING" || !reminder.claimToken) return "skipped";
  let message: ReturnType<typeof reminderEmail>;
  try {
    const claim = await confirmClaim(reminder, now);
    if (claim === "overtaken") return "superseded";
    if (claim === "unwanted") {
      // Not ours any more (another run holds it): leave it. Ours but unwanted: drop it.
      return (await dropClaim(reminder, now)) ? "cancelled" : "skipped";
    }
    message = await composeReminderEmail(reminder);
  } catch (error) {
    // Nothing was sent yet, so the reminder can go out on the next run.
    await releaseClaims([reminder.id], reminder.claimToken);
    throw error;
  }
  return sendClaimedReminder(reminder, reminder.claimToken, message, now);
}

async function composeReminderEmail(reminder: ReminderForDelivery): Promise<ReturnType<typeof reminderEmail>> {
  const target = reminder.case;
  const env = serverEnv();
  const locale = toLocale(target.owner.locale);
  const format = createFormatter({ locale, timeZone: target.owner.timeZone, formats });
  const messages = await loadMessages(locale);
  const token = createUnsubscribeToken(target.ownerId, env.AUTH_SECRET);
  const translator = createTranslator({ locale, messages });
  const operator = operatorName(translator, target.operator, target.providerName);
  return reminderEmail({
    to: target.owner.email,
    locale,
    messages,
    kind: reminder.kind,
    followUpNumber: reminder.kind === "FOLLOW_UP" ? reminder.sequence : 0,
    caseLabel: caseTitle(translator, target),
    operatorLabel: operator,
    maskedNumber: target.phoneNumber ? maskPhone(target.phoneNumber) : null,
    expectedByLabel: target.expectedBy ? format.dateTime(target.expectedBy, "dateTime") : "",
    chaseHint: messages.chaseHints[target.operator],
    caseUrl: `${env.APP_URL}/cases/${target.id}`,
    settingsUrl: `${env.APP_URL}/account`,
    unsubscribeUrl: `${env.APP_URL}/unsubscribe?token=${encodeURIComponent(token)}`,
    oneClickUnsubscribeUrl: `${env.APP_URL}/api/unsubscribe?token=${encodeURIComponent(token)}`,
    messageId: `<reminder-${reminder.id}@${new URL(env.APP_URL).hostname}>`,
  });
}

/**
 * Past this point the SMTP server may have the message: a failure to record
 * it leaves the claim to its timeout, the one path where a reminder may go
 * out twice.
 */
async function sendClaimedReminder(
  reminder: ReminderForDelivery,
  claimToken: string,
  message: ReturnType<typeof reminderEmail>,
  now: Date,
): Promise<DeliveryOutcome> {
  const target = reminder.case;
  const mine = { id: reminder.id, state: "SENDING" as const, claimToken };

  let messageId: string;
  try {
    ({ messageId } = await sendMail(message));
  } catch (error) {
    const permanent = isPermanentSmtpFailure(error) || reminder.attempts >= MAX_ATTEMPTS;
    if (!permanent) {
      await db().reminder.updateMany({
        where: mine,
        data: {
          state: "SCHEDULED",
          claimedAt: null,
          claimToken: null,
          dueAt: new Date(now.getTime() + retryDelayMs(reminder.attempts)),
          lastError: errorText(error),
        },
      });
      return "retried";
    }
    await db().$transaction(async (tx) => {
      const marked = await tx.reminder.updateMany({
        where: mine,
        data: { state: "FAILED", claimToken: null, lastError: errorText(error) },
      });
      if (marked.count === 1) {
        await recordCaseEvent(tx, {
          caseId: target.id,
          actorId: target.ownerId,
          kind: "REMINDER_FAILED",
          at: now,
          data: { kind: reminder.kind, sequence: reminder.sequence, error: errorText(error) },
        });
        // The case needs the user whether or not the email got through: the flag is what the pages show.
        if (reminder.kind === "NEEDS_ACTION") await flagNeedsAction(tx, reminder, now);
      }
    });
    return "failed";
  }

  const sentAt = now;
  await db().$transaction(async (tx) => {
    const { count } = await tx.reminder.updateMany({
      where: mine,
      data: { state: "SENT", sentAt, messageId, claimToken: null, lastError: null },
    });
    if (count === 1) {
      await recordCaseEvent(tx, {
        caseId: target.id,
        actorId: target.ownerId,
        kind: "REMINDER_SENT",
        at: sentAt,
        data: { kind: reminder.kind, sequence: reminder.sequence },
      });
      if (reminder.kind === "NEEDS_ACTION") await flagNeedsAction(tx, reminder, sentAt);
    }
  });
  return "sent";
}

/**
 * After the last reminder, the case needs the user. In the transaction that
 * records the email, so a case is never left waiting with nothing more to
 * send; read afresh there, so a case that changed meanwhile (closed, new
 * period) is left alone.
 */
async function flagNeedsAction(tx: Prisma.TransactionClient, reminder: ReminderForDelivery, now: Date): Promise<void> {
  const current = await tx.case.findFirst({
    where: { id: reminder.case.id, status: "WAITING_FOR_OPERATOR", reminderRound: reminder.round },
    select: { id: true, ownerId: true, status: true, expectedBy: true, noProofConfirmed: true, closedAt: true, leavingOn: true },
  });
  if (!current) return;
  try {
    await applyCaseAction(tx, current, { type: "flagNeedsAction" }, current.ownerId, now);
    await syncCaseReminders(tx, current.id, now);
  } catch (error) {
    // Checked before anything is written: the transaction is still sound.
    if (!(error instanceof CaseRuleError)) throw error;
  }
}
