import "server-only";
import { db } from "@/lib/db/client";
import { CaseNotFoundError } from "./errors";
import { recordCaseEvent } from "./record-case-event";
import type { StepTextInput } from "./schemas";

/** Rewrites a step's text on the user's case (procedures change; the case keeps the user's version). */
export async function editStep(userId: string, stepId: string, input: StepTextInput, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.caseStep.findFirst({
      where: { id: stepId, case: { ownerId: userId } },
      select: { title: true },
    });
    const [step] = await tx.caseStep.updateManyAndReturn({
      where: { id: stepId, case: { ownerId: userId } },
      data: { title: input.title, howTo: input.howTo, whatToBring: input.whatToBring },
      select: { caseId: true },
    });
    if (!step || !before) throw new CaseNotFoundError();
    await recordCaseEvent(tx, {
      caseId: step.caseId,
      actorId: userId,
      kind: "STEP_EDITED",
      at: now,
      data: { stepId, title: input.title, ...(before.title !== input.title ? { previousTitle: before.title } : {}) },
    });
    await tx.case.update({ where: { id: step.caseId }, data: { updatedAt: now } });
  });
}
