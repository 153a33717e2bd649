import "server-only";
import { applyCaseAction } from "@/lib/cases/apply-case-action";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { db, type Prisma } from "@/lib/db/client";
import type { ReminderForDelivery } from "./load-reminders-for-delivery";
import { EMAIL_CHANNEL } from "./channels/email-channel-name";
import { syncCaseReminders } from "./sync-case-reminders";
import { UserError } from "@/lib/http/user-error";

type Tx = Prisma.TransactionClient;

export type SentRecord = {
  reminder: ReminderForDelivery;
  channel: string;
  externalId: string;
  /** Further channels that sent it too (email and Telegram). */
  also?: { channel: string; externalId: string }[];
};

/** One row per channel that sent: the reminder's own fields come from the first. */
const perChannel = (records: SentRecord[]) =>
  records.flatMap((r) => [{ reminder: r.reminder, channel: r.channel, externalId: r.externalId }, ...(r.also ?? []).map((other) => ({ reminder: r.reminder, ...other }))]);
export type FailedRecord = { reminder: ReminderForDelivery; channel: string; error: string; permanent: boolean };

/** After this many attempts a reminder is given up on and shown as failed. */
export const MAX_ATTEMPTS = 8;

/** 1, 2, 4 … minutes between failed attempts, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/**
 * Marks sent reminders SENT, with their timeline events and per-channel
 * records, in one statement for the whole batch. Only rows still claimed by
 * the run that sent them are marked. A needs-action reminder also flags its
 * case, in its own transaction with its record.
 */
export async function recordSent(records: SentRecord[], now: Date): Promise<void> {
  const plain = perChannel(records.filter((r) => r.reminder.kind !== "NEEDS_ACTION"));
  if (plain.length > 0) {
    await db().$executeRaw`
      WITH done AS (
        SELECT * FROM unnest(${plain.map((r) => r.reminder.id)}::text[], ${plain.map((r) => r.reminder.claimToken ?? "")}::text[],
                             ${plain.map((r) => r.channel)}::text[], ${plain.map((r) => r.externalId)}::text[])
                   AS d(id, token, channel, "externalId")
      ), sent AS (
        UPDATE "Reminder" r
           SET state = 'SENT', "sentAt" = ${now}, "messageId" = d."externalId", "claimToken" = NULL, "lastError" = NULL, "updatedAt" = ${now}
          FROM done d
         WHERE r.id = d.id AND r.state = 'SENDING' AND r."claimToken" = d.token
        RETURNING r.id, r."caseId", r.kind, r.sequence, r.attempts
      ), events AS (
        INSERT INTO "CaseEvent" (id, "caseId", "actorId", kind, data, "createdAt")
        SELECT gen_random_uuid()::text, s."caseId", c."ownerId", 'REMINDER_SENT',
               jsonb_build_object('kind', s.kind, 'sequence', s.sequence,
                                  'channels', (SELECT jsonb_agg(DISTINCT d.channel) FROM done d WHERE d.id = s.id)), ${now}
          FROM sent s JOIN "Case" c ON c.id = s."caseId"
      )
      INSERT INTO "ReminderDelivery" ("reminderId", channel, state, attempts, "externalId", "deliveredAt", "updatedAt")
      SELECT s.id, d.channel, 'SENT', s.attempts, d."externalId", ${now}, ${now} FROM sent s JOIN done d ON d.id = s.id
      ON CONFLICT ("reminderId", channel) DO UPDATE
         SET state = 'SENT', attempts = EXCLUDED.attempts, "externalId" = EXCLUDED."externalId",
             "deliveredAt" = EXCLUDED."deliveredAt", "lastError" = NULL, "updatedAt" = EXCLUDED."updatedAt"`;
  }
  // An email got through: the address works again, and the pages stop warning that it refuses mail.
  const emailed = [...new Set(perChannel(records).filter((r) => r.channel === EMAIL_CHANNEL).map((r) => r.reminder.case.ownerId))];
  if (emailed.length > 0) {
    await db().user.updateMany({ where: { id: { in: emailed }, emailRefusedAt: { not: null } }, data: { emailRefusedAt: null } });
  }
  for (const record of records.filter((r) => r.reminder.kind === "NEEDS_ACTION")) {
    await db().$transaction(async (tx) => {
      const marked = await tx.reminder.updateMany({
        where: mine(record.reminder),
        data: { state: "SENT", sentAt: now, messageId: record.externalId, claimToken: null, lastError: null },
      });
      if (marked.count === 0) return;
      for (const one of perChannel([record])) {
        await recordDelivery(tx, record.reminder, one.channel, { state: "SENT", externalId: one.externalId, deliveredAt: now }, now);
      }
      await recordCaseEvent(tx, {
        caseId: record.reminder.case.id,
        actorId: record.reminder.case.ownerId,
        kind: "REMINDER_SENT",
        at: now,
        data: { kind: record.reminder.kind, sequence: record.reminder.sequence, channels: perChannel([record]).map((one) => one.channel).sort() },
      });
      await flagNeedsAction(tx, record.reminder, now);
    });
  }
}

/**
 * A refusal: tried again later with backoff, or, when final (SMTP 5xx, or
 * attempts used up), FAILED and shown on the case. Returns which.
 */
export async function recordFailure(record: FailedRecord, now: Date): Promise<"retried" | "failed"> {
  const { reminder, error } = record;
  if (!record.permanent && reminder.attempts < MAX_ATTEMPTS) {
    await db().$transaction(async (tx) => {
      const marked = await tx.reminder.updateMany({
        where: mine(reminder),
        data: { state: "SCHEDULED", claimedAt: null, claimToken: null, dueAt: new Date(now.getTime() + retryDelayMs(reminder.attempts)), lastError: error },
      });
      if (marked.count === 1) await recordDelivery(tx, reminder, record.channel, { state: "RETRYING", lastError: error }, now);
    });
    return "retried";
  }
  await db().$transaction(async (tx) => {
    const marked = await tx.reminder.updateMany({ where: mine(reminder), data: { state: "FAILED", claimToken: null, lastError: error } });
    if (marked.count === 0) return;
    await recordDelivery(tx, reminder, record.channel, { state: "FAILED", lastError: error }, now);
    // Refused by the address's mail server (a 5xx): the next reminders would be too, so the pages say so.
    if (record.permanent && record.channel === EMAIL_CHANNEL) {
      await tx.user.updateMany({ where: { id: reminder.case.ownerId }, data: { emailRefusedAt: now } });
    }
    await recordCaseEvent(tx, {
      caseId: reminder.case.id,
      actorId: reminder.case.ownerId,
      kind: "REMINDER_FAILED",
      at: now,
      data: { kind: reminder.kind, sequence: reminder.sequence, error },
    });
    // The case needs the user whether or not the email got through: the flag is what the pages show.
    if (reminder.kind === "NEEDS_ACTION") await flagNeedsAction(tx, reminder, now);
  });
  return "failed";
}

/**
 * A needs-action reminder that no channel can reach (the address is not
 * verified): the case is flagged all the same, since the pages show the flag,
 * and the reminder is SKIPPED, each channel recorded as unreachable.
 */
export async function recordUnreachable(reminder: ReminderForDelivery, channels: readonly string[], now: Date): Promise<void> {
  const reason = "no channel can reach the owner (email address not verified)";
  await db().$transaction(async (tx) => {
    const marked = await tx.reminder.updateMany({ where: mine(reminder), data: { state: "SKIPPED", claimToken: null, lastError: reason } });
    if (marked.count === 0) return;
    for (const channel of channels) await recordDelivery(tx, reminder, channel, { state: "UNREACHABLE", lastError: reason }, now);
    await flagNeedsAction(tx, reminder, now);
  });
}

function mine(reminder: ReminderForDelivery) {
  return { id: reminder.id, state: "SENDING" as const, claimToken: reminder.claimToken ?? "" };
}

async function recordDelivery(
  tx: Tx,
  reminder: ReminderForDelivery,
  channel: string,
  outcome: { state: "SENT" | "FAILED" | "RETRYING" | "UNREACHABLE"; externalId?: string; deliveredAt?: Date; lastError?: string },
  now: Date,
): Promise<void> {
  const data = { state: outcome.state, attempts: reminder.attempts, externalId: outcome.externalId ?? null, deliveredAt: outcome.deliveredAt ?? null, lastError: outcome.lastError ?? null, updatedAt: now };
  await tx.reminderDelivery.upsert({
    where: { reminderId_channel: { reminderId: reminder.id, channel } },
    create: { reminderId: reminder.id, channel, ...data },
    update: data,
  });
}

/**
 * After the last reminder, the case needs the user. In the transaction that
 * records the reminder, so a case is never left waiting with nothing more to
 * send; read afresh there, so a case that changed meanwhile (closed, new
 * period) is left alone.
 */
async function flagNeedsAction(tx: Tx, reminder: ReminderForDelivery, now: Date): Promise<void> {
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
    if (!(error instanceof UserError)) throw error;
  }
}
