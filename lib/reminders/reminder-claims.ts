import "server-only";
import { db, Prisma } from "@/lib/db/client";
import type { ReminderChannel } from "./channels/reminder-channel";
import { syncCaseReminders } from "./sync-case-reminders";

// The claim lifecycle of a reminder row: SCHEDULED -> SENDING (claimed by one
// dispatch run, under its token) -> confirmed just before sending, renewed while
// the run lives, and either recorded (record-reminder-outcomes.ts), dropped,
// or given back. See docs/decisions/012-reminder-delivery.md.

type Claim = { id: string; claimToken: string | null };

/**
 * Claims up to `limit` due reminders for this run (FOR UPDATE SKIP LOCKED:
 * runs side by side never take the same row). Only reminders that some
 * channel can reach are taken, and needs-action ones, which flag the case
 * whether or not a message can go; the others wait, without using an attempt.
 */
export async function claimDueReminders(token: string, limit: number, now: Date, channels: readonly ReminderChannel[]): Promise<string[]> {
  const reachable = channels.length > 0 ? Prisma.join(channels.map((channel) => Prisma.sql`(${channel.reaches})`), " OR ") : Prisma.sql`FALSE`;
  const rows = await db().$queryRaw<{ id: string }[]>`
    UPDATE "Reminder" SET state = 'SENDING', "claimedAt" = ${now}, "claimToken" = ${token},
           attempts = attempts + 1, "updatedAt" = ${now}
     WHERE id IN (
       SELECT r.id FROM "Reminder" r
         JOIN "Case" c ON c.id = r."caseId"
         JOIN "User" u ON u.id = c."ownerId"
        WHERE r.state = 'SCHEDULED' AND r."dueAt" <= ${now}
          AND (r.kind = 'NEEDS_ACTION' OR ${reachable})
        ORDER BY r."dueAt"
        LIMIT ${limit}
        FOR UPDATE OF r SKIP LOCKED)
    RETURNING id`;
  return rows.map((row) => row.id);
}

/**
 * The last word before sending, from the database and not from the run's
 * copy: the claim is still ours, and the case still wants the reminder now
 * (waiting, same round, not muted, not snoozed, emails on). Refreshes the claim.
 *
 * After the worker was away, several reminders of a case can be due at once:
 * only the latest goes out. An earlier one is "overtaken" when a later one of
 * the same round is due as well (whatever became of it since): it is marked
 * SKIPPED, never planned again. A reminder missing from the answer is unwanted.
 */
export async function confirmClaims(claims: Claim[], now: Date): Promise<Map<string, "confirmed" | "overtaken">> {
  if (claims.length === 0) return new Map();
  const rows = await db().$queryRaw<{ id: string; state: string }[]>`
    WITH batch AS (
      SELECT * FROM unnest(${claims.map((c) => c.id)}::text[], ${claims.map((c) => c.claimToken ?? "")}::text[]) AS b(id, token)
    ), judged AS (
      SELECT r.id, b.token, EXISTS (
               SELECT 1 FROM "Reminder" l
                WHERE l."caseId" = r."caseId" AND l.round = r.round AND l.sequence > r.sequence
                  AND l."dueAt" <= ${now} AND l.state <> 'CANCELLED') AS overtaken
        FROM "Reminder" r JOIN batch b ON b.id = r.id
       WHERE r.state = 'SENDING' AND r."claimToken" = b.token
         AND EXISTS (
           SELECT 1 FROM "Case" c JOIN "User" u ON u.id = c."ownerId"
            WHERE c.id = r."caseId" AND c.status = 'WAITING_FOR_OPERATOR' AND c."reminderRound" = r.round
              AND NOT c."remindersMuted" AND u."remindersEnabled"
              AND (c."snoozedUntil" IS NULL OR c."snoozedUntil" <= ${now})))
    UPDATE "Reminder" AS r
       SET "claimedAt" = ${now},
           state = CASE WHEN j.overtaken THEN 'SKIPPED'::"ReminderState" ELSE r.state END,
           "claimToken" = CASE WHEN j.overtaken THEN NULL ELSE r."claimToken" END
      FROM judged j
     WHERE r.id = j.id AND r.state = 'SENDING' AND r."claimToken" = j.token
    RETURNING r.id, r.state::text AS state`;
  return new Map(rows.map((row) => [row.id, row.state === "SKIPPED" ? "overtaken" : "confirmed"]));
}

/** Gives up a claim the case no longer wants, and replans: a snoozed reminder comes back later. False: not ours any more. */
export async function dropClaim(claim: Claim & { caseId: string }, now: Date): Promise<boolean> {
  if (!claim.claimToken) return false;
  const token = claim.claimToken;
  return db().$transaction(async (tx) => {
    const dropped = await tx.reminder.updateMany({
      where: { id: claim.id, state: "SENDING", claimToken: token },
      data: { state: "CANCELLED", claimToken: null },
    });
    if (dropped.count === 1) await syncCaseReminders(tx, claim.caseId, now);
    return dropped.count === 1;
  });
}

/**
 * Gives claims back at once when nothing was sent for them (the run failed,
 * or no channel was available), so they go out on the next run rather than
 * after the lease runs out. `uncount`: the attempt made at claim time is taken
 * back, nothing having been tried. Best effort: if the database is away, the
 * lease frees them.
 */
export async function releaseClaims(ids: string[], token: string, options: { uncount?: boolean } = {}): Promise<void> {
  if (ids.length === 0) return;
  await db()
    .reminder.updateMany({
      where: { id: { in: ids }, state: "SENDING", claimToken: token },
      data: { state: "SCHEDULED", claimedAt: null, claimToken: null, ...(options.uncount ? { attempts: { decrement: 1 } } : {}) },
    })
    .catch(() => undefined);
}

/**
 * The run's heartbeat: its claims stay its own while it lives. It skips rows
 * another statement holds (a lane recording its outcome, say) instead of
 * waiting: taking locks in its own order while those statements take theirs
 * deadlocked, and a row being recorded needs no renewal.
 */
export async function renewClaims(token: string, now: Date): Promise<void> {
  await db().$executeRaw`
    UPDATE "Reminder" SET "claimedAt" = ${now}
     WHERE id IN (SELECT id FROM "Reminder" WHERE "claimToken" = ${token} AND state = 'SENDING'
                   ORDER BY id FOR UPDATE SKIP LOCKED)`;
}

/** Claims whose run stopped renewing them (the worker died): due again. A row someone holds is alive, so it is skipped. */
export async function freeExpiredClaims(now: Date, leaseMs: number): Promise<number> {
  return db().$executeRaw`
    UPDATE "Reminder" SET state = 'SCHEDULED', "claimedAt" = NULL, "claimToken" = NULL, "updatedAt" = ${now}
     WHERE id IN (SELECT id FROM "Reminder" WHERE state = 'SENDING' AND "claimedAt" < ${new Date(now.getTime() - leaseMs)}
                   ORDER BY id FOR UPDATE SKIP LOCKED)`;
}
