import "server-only";
import { db } from "@/lib/db/client";
import type { ReviewCounting } from "@/lib/time/working-days";
import { syncCaseReminders } from "@/lib/reminders/sync-case-reminders";
import { applyCaseAction } from "@/lib/cases/apply-case-action";
import type { CaseAction, CaseStatus } from "@/lib/cases/case-status";
import { reviewDeadline } from "./review-deadline";
import { notFoundError } from "@/lib/http/user-error";

export type StatusRequest =
  | { type: "start" | "resume" | "flagNeedsAction" | "giveUp" | "reopen" }
  /** The operator reviews for this many days from the day the wait began (today for a new wait). */
  | { type: "wait"; days: number; counting: ReviewCounting }
  | { type: "complete"; noProofConfirmed: boolean };

/** Moves one of the user's cases through its status machine and records it on the timeline. */
export async function changeCaseStatus(
  userId: string,
  caseId: string,
  request: StatusRequest,
  now = new Date(),
): Promise<CaseStatus> {
  return db().$transaction(async (tx) => {
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
        owner: { select: { timeZone: true } },
      },
    });
    if (!current) throw notFoundError("cases.notFound");

    let action: CaseAction;
    if (request.type === "wait") {
      // Changing the period of a running wait counts from the day it began.
      const since = current.status === "WAITING_FOR_OPERATOR" && current.waitingSince ? current.waitingSince : now;
      action = { type: "wait", expectedBy: reviewDeadline(since, request.days, request.counting, current.owner.timeZone) };
      const status = await applyCaseAction(tx, current, action, userId, now, {
        waitingSince: since,
        reviewDays: request.days,
        reviewCounting: request.counting,
      });
      await syncCaseReminders(tx, current.id, now);
      return status;
    } else if (request.type === "complete") {
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
