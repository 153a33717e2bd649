import "server-only";
import { db } from "@/lib/db/client";
import { recordCaseEvent } from "./record-case-event";
import { touchOwnedCase } from "./touch-owned-case";
import { notFoundError, UserError } from "@/lib/http/user-error";

/** Moves a step of the user's case one place up or down within its list. */
export async function moveStep(userId: string, stepId: string, direction: "up" | "down", now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const step = await tx.caseStep.findFirst({
      where: { id: stepId, case: { ownerId: userId } },
      select: { caseId: true, kind: true, title: true, templateKey: true },
    });
    if (!step) throw notFoundError("cases.notFound");
    await touchOwnedCase(tx, userId, step.caseId, now);
    const siblings = await tx.caseStep.findMany({
      where: { caseId: step.caseId, kind: step.kind },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const from = siblings.findIndex((sibling) => sibling.id === stepId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= siblings.length) {
      throw new UserError(direction === "up" ? "cases.stepAlreadyFirst" : "cases.stepAlreadyLast");
    }
    const order = siblings.map((sibling) => sibling.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    // Renumbering everything also repairs gaps left by deleted steps.
    for (const [position, id] of order.entries()) {
      await tx.caseStep.update({ where: { id }, data: { position } });
    }
    await recordCaseEvent(tx, {
      caseId: step.caseId,
      actorId: userId,
      kind: "STEP_MOVED",
      at: now,
      data: { stepId, title: step.title, ...(step.templateKey ? { templateKey: step.templateKey } : {}), direction },
    });
  });
}
