import "server-only";
import { db } from "@/lib/db/client";
import { recordCaseEvent } from "./record-case-event";
import { touchOwnedCase } from "./touch-owned-case";
import type { StepTextInput } from "./schemas";

/** Adds the user's own step at the end of a case's procedure (or checklist). */
export async function addStep(
  userId: string,
  caseId: string,
  input: StepTextInput & { kind: "CHECK" | "PROCEDURE" },
  now = new Date(),
): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
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
}
