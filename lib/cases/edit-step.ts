import "server-only";
import { db } from "@/lib/db/client";
import { recordCaseEvent } from "./record-case-event";
import type { StepTextInput } from "./step-schemas";
import { notFoundError } from "@/lib/http/user-error";

/**
 * Rewrites a step's text on the user's case (procedures change; the case keeps the user's version).
 * A step copied from a template becomes the user's own: its key is dropped, so it is shown as
 * written, in every language, instead of the template's words.
 */
export async function editStep(userId: string, stepId: string, input: StepTextInput, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.caseStep.findFirst({
      where: { id: stepId, case: { ownerId: userId } },
      select: { title: true, templateKey: true },
    });
    const [step] = await tx.caseStep.updateManyAndReturn({
      where: { id: stepId, case: { ownerId: userId } },
      data: { title: input.title, howTo: input.howTo, whatToBring: input.whatToBring, templateKey: null },
      select: { caseId: true },
    });
    if (!step || !before) throw notFoundError("cases.notFound");
    // The previous title is kept with its template key, so the timeline can show it in the reader's language.
    const previous =
      before.templateKey || before.title !== input.title
        ? { previousTitle: before.title, ...(before.templateKey ? { previousTemplateKey: before.templateKey } : {}) }
        : {};
    await recordCaseEvent(tx, {
      caseId: step.caseId,
      actorId: userId,
      kind: "STEP_EDITED",
      at: now,
      data: { stepId, title: input.title, ...previous },
    });
    await tx.case.update({ where: { id: step.caseId }, data: { updatedAt: now } });
  });
}
