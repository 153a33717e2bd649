import "server-only";
import { db } from "@/lib/db/client";
import { zonedWallTimeToUtc } from "@/lib/time/zoned-time";
import { applyCaseAction } from "./apply-case-action";
import type { CaseAction, CaseStatus } from "./case-status";
import { CaseNotFoundError } from "./errors";

export type StatusRequest =
  | { type: "start" | "resume" | "flagNeedsAction" | "giveUp" | "reopen" }
  /** The operator's answer is due on this date and time, on the user's own clock. */
  | { type: "wait"; expectedOn: string; expectedAt: string }
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
        owner: { select: { timeZone: true } },
      },
    });
    if (!current) throw new CaseNotFoundError();

    let action: CaseAction;
    if (request.type === "wait") {
      action = {
        type: "wait",
        expectedBy: zonedWallTimeToUtc(request.expectedOn, request.expectedAt, current.owner.timeZone),
      };
    } else if (request.type === "complete") {
      // Receipts (proof) arrive with the receipts feature; until then only the explicit confirmation closes a case.
      action = { type: "complete", hasProof: false, noProofConfirmed: request.noProofConfirmed };
    } else {
      action = { type: request.type };
    }
    return applyCaseAction(tx, current, action, userId, now);
  });
}
