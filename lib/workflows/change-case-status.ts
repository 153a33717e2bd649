import "server-only";
import { db } from "@/lib/db/client";
import type { ReviewCounting } from "@/lib/time/working-days";
import { syncCaseReminders } from "@/lib/reminders/sync-case-reminders";
import { applyCaseAction } from "@/lib/cases/apply-case-action";
import type { CaseAction, CaseStatus } from "@/lib/cases/case-status";
import { lockOwnedCase } from "@/lib/cases/lock-owned-case";
import { reviewDeadline } from "./review-deadline";
import { notFoundError } from "@/lib/http/user-error";

export type StatusRequest =
  | { type: "start" | "resume" | "flagNeedsAction" | "giveUp" | "reopen" }
  /** The operator reviews for this many days from the day the wait began (today for a new wait). */
  | { type: "wait"; days: number; counting: ReviewCounting }
  | { type: "complete"; noProofConfirmed: boolean };

/**
 * Where each button leaves the case. A button sent again once the case is
 * there (the first answer lost, a double tap) has nothing left to do: the
 * status machine would refuse it ("cannot be given up"), though it worked.
 */
const LEAVES_AT: Record<Exclude<StatusRequest["type"], "wait">, CaseStatus> = {
  start: "IN_PROGRESS",
  resume: "IN_PROGRESS",
  reopen: "IN_PROGRESS",
  flagNeedsAction: "NEEDS_ACTION",
  giveUp: "GIVEN_UP",
  complete: "DONE",
};

/**
 * Moves one of the user's cases through its status machine and records it on
 * the timeline. A request whose effect is already in place writes nothing and
 * answers as the first one did (decision 031).
 */
export async function changeCaseStatus(
  userId: string,
  caseId: string,
  request: StatusRequest,
  now = new Date(),
): Promise<CaseStatus> {
  return db().$transaction(async (tx) => {
    // Locked before it is read: a twin still in flight commits first, and this one then sees its work.
    await lockOwnedCase(tx, userId, caseId);
    const current = await tx.case.findFirst({
      where: { id: caseId, ownerId: userId },
      select: {
        id: true,
        ownerId: true,
        status: true,
        expectedBy: true,
        noProofConfirmed: true,
        closedAt: true,
        leavingOn: true,
        waitingSince: true,
        reviewDays: true,
        reviewCounting: true,
        owner: { select: { timeZone: true } },
      },
    });
    if (!current) throw notFoundError("cases.notFound");

    let action: CaseAction;
    if (request.type === "wait") {
      // Changing the period of a running wait counts from the day it began.
      const since = current.status === "WAITING_FOR_OPERATOR" && current.waitingSince ? current.waitingSince : now;
      const expectedBy = reviewDeadline(since, request.days, request.counting, current.owner.timeZone);
      // The same period again: no second timeline entry, no new round of reminders. A due time
      // already past is left to the status machine, which refuses it as before.
      const unchanged =
        current.status === "WAITING_FOR_OPERATOR" &&
        current.reviewDays === request.days &&
        current.reviewCounting === request.counting &&
        current.expectedBy?.getTime() === expectedBy.getTime() &&
        expectedBy.getTime() > now.getTime();
      if (unchanged) return current.status;
      action = { type: "wait", expectedBy };
      const status = await applyCaseAction(tx, current, action, userId, now, {
        waitingSince: since,
        reviewDays: request.days,
        reviewCounting: request.counting,
      });
      await syncCaseReminders(tx, current.id, now);
      return status;
    }
    if (LEAVES_AT[request.type] === current.status) return current.status;
    if (request.type === "complete") {
      const receipts = await tx.receipt.count({ where: { caseId, ownerId: userId } });
      action = { type: "complete", hasProof: receipts > 0, noProofConfirmed: request.noProofConfirmed };
    } else {
      action = { type: request.type };
    }
    const status = await applyCaseAction(tx, current, action, userId, now);
    await syncCaseReminders(tx, current.id, now);
    return status;
  });
}
