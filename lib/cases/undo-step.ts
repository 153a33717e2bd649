import "server-only";
import { db } from "@/lib/db/client";
import { CaseNotFoundError, CaseRuleError } from "./errors";
import { recordCaseEvent } from "./record-case-event";

/** Puts a done or skipped step of the user's case back to do. */
export async function undoStep(userId: string, stepId: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const [step] = await tx.caseStep.updateManyAndReturn({
      where: { id: stepId, state: { not: "TODO" }, case: { ownerId: userId } },
      data: { state: "TODO", completedAt: null, note: null },
      select: { caseId: true, title: true, templateKey: true },
    });
    if (!step) {
      const exists = await tx.caseStep.count({ where: { id: stepId, case: { ownerId: userId } } });
      if (exists === 0) throw new CaseNotFoundError();
      throw new CaseRuleError("cases.nothingToUndo");
    }
    await recordCaseEvent(tx, { caseId: step.caseId, actorId: userId, kind: "STEP_UNDONE", at: now, data: { stepId, title: step.title, ...(step.templateKey ? { templateKey: step.templateKey } : {}) },
    });
    await tx.case.update({ where: { id: step.caseId }, data: { updatedAt: now } });
  });
}
