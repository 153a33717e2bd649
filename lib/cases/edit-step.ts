import "server-only";
import { db } from "@/lib/db/client";
import { lockStepCase } from "./lock-step-case";
import { recordCaseEvent } from "./record-case-event";
import type { StepTextInput } from "./step-schemas";
import { notFoundError } from "@/lib/http/user-error";

/**
 * Rewrites a step's text on the user's case (procedures change; the case keeps the user's version).
 * A step copied from a template becomes the user's own: its key is dropped, so it is shown as
 * written, in every language, instead of the template's words. The same words again (the form
 * sent twice) write nothing: no second "Step edited" on the timeline.
 */
export async function editStep(userId: string, stepId: string, input: StepTextInput, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    // Read after the case's lock: a twin in flight commits first, and its words are the ones compared.
    const caseId = await lockStepCase(tx, userId, stepId);
    const before = await tx.caseStep.findFirst({ where: { id: stepId, caseId }, select: { caseId: true, title: true, howTo: true, whatToBring: true, templateKey: true } });
    if (!before) throw notFoundError("cases.notFound");
    const unchanged =
      before.templateKey === null && before.title === input.title && before.howTo === input.howTo && before.whatToBring === input.whatToBring;
    if (unchanged) return;
    const { count } = await tx.caseStep.updateMany({
      where: { id: stepId, case: { ownerId: userId } },
      data: { title: input.title, howTo: input.howTo, whatToBring: input.whatToBring, templateKey: null },
    });
    if (count !== 1) throw notFoundError("cases.notFound");
    // The previous title is kept with its template key, so the timeline can show it in the reader's language.
    const previous =
      before.templateKey || before.title !== input.title
        ? { previousTitle: before.title, ...(before.templateKey ? { previousTemplateKey: before.templateKey } : {}) }
        : {};
    await recordCaseEvent(tx, {
      caseId: before.caseId,
      actorId: userId,
      kind: "STEP_EDITED",
      at: now,
      data: { stepId, title: input.title, ...previous },
    });
    await tx.case.update({ where: { id: before.caseId }, data: { updatedAt: now } });
  });
}
