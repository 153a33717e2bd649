import "server-only";
import { db } from "@/lib/db/client";
import { applyCaseAction } from "./apply-case-action";
import { CaseNotFoundError, CaseRuleError } from "./errors";
import { recordCaseEvent } from "./record-case-event";

/**
 * Marks a step of one of the user's cases done or skipped, with an optional
 * note (the agent's reference number, say). The first procedure step done
 * moves an open case into progress.
 */
export async function completeStep(
  userId: string,
  stepId: string,
  input: { outcome: "DONE" | "SKIPPED"; note: string | null },
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const [step] = await tx.caseStep.updateManyAndReturn({
      where: { id: stepId, state: "TODO", case: { ownerId: userId } },
      data: { state: input.outcome, completedAt: now, note: input.note },
      select: { caseId: true, title: true, templateKey: true, kind: true },
    });
    if (!step) {
      const exists = await tx.caseStep.count({ where: { id: stepId, case: { ownerId: userId } } });
      if (exists === 0) throw new CaseNotFoundError();
      throw new CaseRuleError("cases.stepAlreadyMarked");
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
      select: { id: true, ownerId: true, status: true, expectedBy: true, noProofConfirmed: true, closedAt: true, leavingOn: true },
    });
    if (step.kind === "PROCEDURE" && current.status === "OPEN") {
      await applyCaseAction(tx, current, { type: "start" }, userId, now);
    } else {
      await tx.case.update({ where: { id: current.id }, data: { updatedAt: now } });
    }
  });
}
