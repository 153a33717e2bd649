import "server-only";
import type { Prisma } from "@/lib/db/client";
import { transition, type CaseAction, type CaseState, type CaseStatus } from "./case-status";
import { nextDueAt } from "./next-due-at";
import { recordCaseEvent } from "./record-case-event";
import { UserError } from "@/lib/http/user-error";

export type CurrentCase = CaseState & { id: string; ownerId: string; leavingOn: Date | null };

/**
 * Runs `action` through the status machine and writes the result, inside the
 * caller's transaction. The update is conditional on the status it was
 * decided from, so a concurrent change makes this one fail instead of being
 * overwritten. A change into or out of a wait must replan the case's
 * reminders in the same transaction: lib/workflows/change-case-status.ts does
 * (cases sits below reminders, so it cannot).
 */
export async function applyCaseAction(
  tx: Prisma.TransactionClient,
  current: CurrentCase,
  action: CaseAction,
  actorId: string,
  now: Date,
  /** More fields written with the status (the review period of a wait). */
  extra: Prisma.CaseUpdateManyMutationInput = {},
  /** More facts for the timeline event (the step whose handover started a wait). */
  eventData: Prisma.InputJsonObject = {},
): Promise<CaseStatus> {
  const result = transition(current, action, now);
  if (!result.ok) throw new UserError(result.error.key, { values: result.error.values });
  const next = result.state;
  const updated = await tx.case.updateMany({
    where: { id: current.id, ownerId: current.ownerId, status: current.status },
    data: {
      status: next.status,
      expectedBy: next.expectedBy,
      closedAt: next.closedAt,
      noProofConfirmed: next.noProofConfirmed,
      nextDueAt: nextDueAt({ ...next, leavingOn: current.leavingOn }),
      updatedAt: now,
      // A new wait (or a new period) starts a new round of reminders, unsnoozed.
      ...(action.type === "wait" ? { reminderRound: { increment: 1 }, snoozedUntil: null } : {}),
      ...(next.status === "WAITING_FOR_OPERATOR" ? {} : { waitingSince: null }),
      ...extra,
    },
  });
  if (updated.count !== 1) throw new UserError("cases.changedElsewhere");

  await recordCaseEvent(tx, {
    caseId: current.id,
    actorId,
    kind: action.type === "reopen" ? "CASE_REOPENED" : "STATUS_CHANGED",
    at: now,
    data: {
      from: current.status,
      to: next.status,
      ...(next.expectedBy ? { expectedBy: next.expectedBy.toISOString() } : {}),
      ...(action.type === "complete" ? { noProofConfirmed: next.noProofConfirmed } : {}),
      ...eventData,
    },
  });
  return next.status;
}
