import "server-only";
import { createOncePerSubmission } from "./create-once-per-submission";
import { recordCaseEvent } from "./record-case-event";
import { touchOwnedCase } from "./touch-owned-case";
import type { StepTextInput } from "./step-schemas";

/**
 * Adds the user's own step at the end of a case's procedure (or checklist).
 * The same `submissionKey` again adds nothing and answers with the step it added.
 */
export async function addStep(
  userId: string,
  caseId: string,
  { submissionKey = null, ...input }: StepTextInput & { kind: "CHECK" | "PROCEDURE"; submissionKey?: string | null },
  now = new Date(),
): Promise<{ id: string }> {
  const { id } = await createOncePerSubmission({ userId, kind: "STEP", key: submissionKey, now }, async (tx) => {
    await touchOwnedCase(tx, userId, caseId, now);
    const last = await tx.caseStep.aggregate({ where: { caseId, kind: input.kind }, _max: { position: true } });
    const step = await tx.caseStep.create({
      data: {
        caseId,
        kind: input.kind,
        position: (last._max.position ?? -1) + 1,
        title: input.title,
        howTo: input.howTo,
        whatToBring: input.whatToBring,
      },
      select: { id: true },
    });
    await recordCaseEvent(tx, { caseId, actorId: userId, kind: "STEP_ADDED", at: now, data: { stepId: step.id, title: input.title } });
    return step;
  });
  return { id };
}
