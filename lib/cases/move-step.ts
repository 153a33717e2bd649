import "server-only";
import { db } from "@/lib/db/client";
import { lockStepCase } from "./lock-step-case";
import { recordCaseEvent } from "./record-case-event";
import { touchOwnedCase } from "./touch-owned-case";
import { notFoundError, UserError } from "@/lib/http/user-error";

export type StepMove = {
  direction: "up" | "down";
  /**
   * The step the user saw right beside this one, on the side it moves to.
   * Null from a page older than it: the move is made wherever the step is.
   */
  swapWith?: string | null;
};

/**
 * Moves a step of the user's case one place up or down within its list,
 * past the step the user saw beside it. Sent again (a lost answer, a double
 * tap), the step is found already past it and nothing is written; a list
 * changed some other way meanwhile is refused, not moved somewhere unseen.
 */
export async function moveStep(userId: string, stepId: string, { direction, swapWith = null }: StepMove, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    // The case's lock first, as every step change takes it: a twin in flight commits before the order is read.
    const caseId = await lockStepCase(tx, userId, stepId);
    const step = await tx.caseStep.findFirst({ where: { id: stepId, caseId }, select: { caseId: true, kind: true, title: true, templateKey: true } });
    if (!step) throw notFoundError("cases.notFound");
    const siblings = await tx.caseStep.findMany({
      where: { caseId: step.caseId, kind: step.kind },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const order = siblings.map((sibling) => sibling.id);
    const from = order.indexOf(stepId);
    if (from < 0) throw notFoundError("cases.notFound");
    const to = direction === "up" ? from - 1 : from + 1;
    if (swapWith !== null && order[to] !== swapWith) {
      if (order[direction === "up" ? from + 1 : from - 1] === swapWith) return;
      throw new UserError("cases.changedElsewhere");
    }
    if (to < 0 || to >= order.length) {
      throw new UserError(direction === "up" ? "cases.stepAlreadyFirst" : "cases.stepAlreadyLast");
    }
    [order[from], order[to]] = [order[to]!, order[from]!];
    // Renumbering everything also repairs gaps left by deleted steps.
    for (const [position, id] of order.entries()) {
      await tx.caseStep.update({ where: { id }, data: { position } });
    }
    await touchOwnedCase(tx, userId, step.caseId, now);
    await recordCaseEvent(tx, {
      caseId: step.caseId,
      actorId: userId,
      kind: "STEP_MOVED",
      at: now,
      data: { stepId, title: step.title, ...(step.templateKey ? { templateKey: step.templateKey } : {}), direction },
    });
  });
}
