import "server-only";
import { db } from "@/lib/db/client";
import { isNotFound } from "@/lib/db/is-not-found";
import { isNotFoundError } from "@/lib/http/user-error";
import { findDeletionRecord } from "./find-deletion-record";
import { lockStepCase } from "./lock-step-case";
import { recordCaseEvent } from "./record-case-event";
import { notFoundError } from "@/lib/http/user-error";

/**
 * Removes a step from the user's case; the timeline keeps a record of it, with
 * the step's id, so that the same delete sent again (a lost answer, a double
 * tap) is answered as done rather than with the "not found" page.
 */
export async function deleteStep(userId: string, stepId: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    let step: { caseId: string; title: string; templateKey: string | null };
    try {
      // The case first, as every step change: a twin in flight commits before this one looks.
      await lockStepCase(tx, userId, stepId);
      step = await tx.caseStep.delete({
        where: { id: stepId, case: { ownerId: userId } },
        select: { caseId: true, title: true, templateKey: true },
      });
    } catch (error) {
      if (!isNotFound(error) && !isNotFoundError(error)) throw error;
      if (await findDeletionRecord(tx, userId, { kind: "STEP_DELETED", field: "stepId" }, stepId)) return;
      throw notFoundError("cases.notFound");
    }
    await recordCaseEvent(tx, {
      caseId: step.caseId,
      actorId: userId,
      kind: "STEP_DELETED",
      at: now,
      data: { stepId, title: step.title, ...(step.templateKey ? { templateKey: step.templateKey } : {}) },
    });
    await tx.case.update({ where: { id: step.caseId }, data: { updatedAt: now } });
  });
}
