import "server-only";
import { applyCaseAction } from "@/lib/cases/apply-case-action";
import { PROCEDURES } from "@/lib/cases/procedure-templates";
import { lockStepCase } from "@/lib/cases/lock-step-case";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { db } from "@/lib/db/client";
import { syncCaseReminders } from "@/lib/reminders/sync-case-reminders";
import { reviewDeadline } from "./review-deadline";
import { notFoundError, UserError } from "@/lib/http/user-error";

export type CompletedStep = {
  caseId: string;
  /** The step handed the request to the operator: the case now waits, with reminders planned. */
  startedWait: boolean;
};

/**
 * Marks a step of one of the user's cases done or skipped, with an optional
 * note (the agent's reference number, say). The first procedure step done
 * moves an open case into progress. A step that hands the request to the
 * operator, once done, starts the wait with the operator's review period and
 * plans its reminders, in the same transaction: the product's promise does not
 * depend on the user finding "Wait for the operator". Marked again the same
 * way, it is answered as the first time, nothing written (decision 031).
 */
export async function completeStep(
  userId: string,
  stepId: string,
  input: { outcome: "DONE" | "SKIPPED"; note: string | null },
  now = new Date(),
): Promise<CompletedStep> {
  return db().$transaction(async (tx) => {
    await lockStepCase(tx, userId, stepId);
    const [step] = await tx.caseStep.updateManyAndReturn({
      where: { id: stepId, state: "TODO", case: { ownerId: userId } },
      data: { state: input.outcome, completedAt: now, note: input.note },
      select: { caseId: true, title: true, templateKey: true, kind: true, startsWaiting: true },
    });
    if (!step) {
      // Read after the case lock, which waited for a twin in flight to commit: its work is seen here.
      const [marked] = await tx.caseStep.findMany({
        where: { id: stepId, case: { ownerId: userId } },
        select: { caseId: true, state: true, note: true, startsWaiting: true, case: { select: { status: true } } },
      });
      if (!marked) throw notFoundError("cases.notFound");
      // Sent again (the first answer lost, a double tap): answer as the first try did, writing nothing.
      // A different outcome or note is another request, which "Undo" must come before.
      if (marked.state !== input.outcome || marked.note !== input.note) throw new UserError("cases.stepAlreadyMarked");
      const waiting = marked.case.status === "WAITING_FOR_OPERATOR";
      return { caseId: marked.caseId, startedWait: marked.startsWaiting && input.outcome === "DONE" && waiting };
    }

    await recordCaseEvent(tx, {
      caseId: step.caseId,
      actorId: userId,
      kind: input.outcome === "DONE" ? "STEP_DONE" : "STEP_SKIPPED",
      at: now,
      data: { stepId, title: step.title, ...(step.templateKey ? { templateKey: step.templateKey } : {}), ...(input.note ? { note: input.note } : {}) },
    });

    const current = await tx.case.findFirstOrThrow({
      where: { id: step.caseId, ownerId: userId },
      select: {
        id: true,
        ownerId: true,
        status: true,
        expectedBy: true,
        noProofConfirmed: true,
        closedAt: true,
        leavingOn: true,
        operator: true,
        reviewDays: true,
        reviewCounting: true,
        owner: { select: { timeZone: true } },
      },
    });
    let status = current.status;
    if (step.kind === "PROCEDURE" && status === "OPEN") {
      status = await applyCaseAction(tx, current, { type: "start" }, userId, now);
    } else {
      await tx.case.update({ where: { id: current.id }, data: { updatedAt: now } });
    }

    // A wait already running (started by hand) is left as it is.
    const handsOver = step.startsWaiting && input.outcome === "DONE" && (status === "IN_PROGRESS" || status === "NEEDS_ACTION");
    if (!handsOver) return { caseId: step.caseId, startedWait: false };
    const review = PROCEDURES[current.operator].review;
    const days = current.reviewDays ?? review.days;
    const counting = current.reviewCounting ?? review.counting;
    await applyCaseAction(
      tx,
      { ...current, status },
      { type: "wait", expectedBy: reviewDeadline(now, days, counting, current.owner.timeZone) },
      userId,
      now,
      { waitingSince: now, reviewDays: days, reviewCounting: counting },
      { handoverStepId: stepId },
    );
    await syncCaseReminders(tx, current.id, now);
    return { caseId: step.caseId, startedWait: true };
  });
}
