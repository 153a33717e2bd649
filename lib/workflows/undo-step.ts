import "server-only";
import { applyCaseAction } from "@/lib/cases/apply-case-action";
import { CASE_STATUSES, type CaseStatus } from "@/lib/cases/case-status";
import { lockStepCase } from "@/lib/cases/lock-step-case";
import { recordCaseEvent } from "@/lib/cases/record-case-event";
import { db, type Prisma } from "@/lib/db/client";
import { syncCaseReminders } from "@/lib/reminders/sync-case-reminders";
import { notFoundError } from "@/lib/http/user-error";

/** The status a wait started by this step's handover replaced, if that wait is still the case's latest change. */
async function handoverToUndo(tx: Prisma.TransactionClient, caseId: string, stepId: string): Promise<CaseStatus | null> {
  // The handover writes "start" and "wait" in one transaction, at one instant: read every change of the latest instant.
  const recent = await tx.caseEvent.findMany({
    where: { caseId, kind: { in: ["STATUS_CHANGED", "CASE_REOPENED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 3,
    select: { data: true, createdAt: true },
  });
  const latest = recent.filter((event) => event.createdAt.getTime() === recent[0]?.createdAt.getTime());
  const wait = latest
    .map((event) => (event.data ?? {}) as Record<string, unknown>)
    .find((data) => data.handoverStepId === stepId && data.to === "WAITING_FOR_OPERATOR");
  return CASE_STATUSES.find((status) => status === wait?.from) ?? null;
}

/**
 * Puts a done or skipped step of the user's case back to do, its note kept. When marking it
 * done had started the wait (and nothing changed the status since), the case
 * goes back to where it was and the reminders that wait planned are removed.
 * A step already to do is left as it is, and the undo answered as done.
 */
export async function undoStep(userId: string, stepId: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockStepCase(tx, userId, stepId);
    const [step] = await tx.caseStep.updateManyAndReturn({
      where: { id: stepId, state: { not: "TODO" }, case: { ownerId: userId } },
      // The note stays: it is often the agent's reference number, and the step's form offers it again.
      data: { state: "TODO", completedAt: null },
      select: { caseId: true, title: true, templateKey: true, startsWaiting: true },
    });
    if (!step) {
      // Already to do: undone by a twin of this request (a lost answer, a double tap), or elsewhere. Either way it is done.
      const exists = await tx.caseStep.count({ where: { id: stepId, case: { ownerId: userId } } });
      if (exists === 0) throw notFoundError("cases.notFound");
      return;
    }
    await recordCaseEvent(tx, { caseId: step.caseId, actorId: userId, kind: "STEP_UNDONE", at: now, data: { stepId, title: step.title, ...(step.templateKey ? { templateKey: step.templateKey } : {}) },
    });
    const current = await tx.case.findFirstOrThrow({
      where: { id: step.caseId, ownerId: userId },
      select: { id: true, ownerId: true, status: true, expectedBy: true, noProofConfirmed: true, closedAt: true, leavingOn: true },
    });
    const previous = step.startsWaiting && current.status === "WAITING_FOR_OPERATOR" ? await handoverToUndo(tx, current.id, stepId) : null;
    if (!previous) {
      await tx.case.update({ where: { id: step.caseId }, data: { updatedAt: now } });
      return;
    }
    // Back in progress drops the wait, and with it the reminders it planned.
    const resumed = await applyCaseAction(tx, current, { type: "resume" }, userId, now, {}, { undoneHandoverStepId: stepId });
    if (previous === "NEEDS_ACTION") {
      await applyCaseAction(tx, { ...current, status: resumed, expectedBy: null }, { type: "flagNeedsAction" }, userId, now);
    }
    await syncCaseReminders(tx, current.id, now);
  });
}
