import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import { changeCaseStatus } from "./change-case-status";
import { completeStep } from "./complete-step";
import { undoStep } from "./undo-step";

// Friday 4 Dec 2026, 10:00 in Phnom Penh.
const START = new Date("2026-12-04T03:00:00Z").getTime();

function clock() {
  let now = START;
  return () => new Date((now += 60_000));
}

/** Everything marking or undoing a step writes: the steps, the case row, its timeline and reminders. */
async function snapshot(caseId: string) {
  const [steps, row, events, reminders] = await Promise.all([
    db().caseStep.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true, state: true, note: true, completedAt: true } }),
    db().case.findUniqueOrThrow({ where: { id: caseId } }),
    db().caseEvent.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true } }),
    db().reminder.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true, state: true, dueAt: true } }),
  ]);
  return { steps, row, events, reminders };
}

async function caseWithStep(operator: string, templateKey: string) {
  const tick = clock();
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator }, tick());
  const step = await db().caseStep.findFirstOrThrow({ where: { caseId: id, templateKey }, select: { id: true } });
  return { tick, user, id, stepId: step.id };
}

describe("marking a step, sent twice", () => {
  it("the handover marked done again answers as the first time (the wait it started) and writes nothing", async () => {
    const { tick, user, id, stepId } = await caseWithStep("METFONE", "metfone-submit");
    const done = { outcome: "DONE", note: "Ticket 7781" } as const;
    expect(await completeStep(user.id, stepId, done, tick())).toEqual({ caseId: id, startedWait: true });
    const first = await snapshot(id);
    expect(first.reminders.length).toBeGreaterThan(0);

    expect(await completeStep(user.id, stepId, done, tick())).toEqual({ caseId: id, startedWait: true });
    expect(await snapshot(id)).toEqual(first);
  });

  it("skipped again, or two identical taps at once, mark it once", async () => {
    const { tick, user, id, stepId } = await caseWithStep("SMART", "smart-identify");
    const skip = { outcome: "SKIPPED", note: null } as const;
    const now = tick();
    expect(await Promise.all([completeStep(user.id, stepId, skip, now), completeStep(user.id, stepId, skip, now)])).toEqual([
      { caseId: id, startedWait: false },
      { caseId: id, startedWait: false },
    ]);
    const once = await snapshot(id);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "STEP_SKIPPED" } })).toBe(1);
    expect(await completeStep(user.id, stepId, skip, tick())).toEqual({ caseId: id, startedWait: false });
    expect(await snapshot(id)).toEqual(once);
  });

  it("a different outcome or note is still refused: undo comes first", async () => {
    const { tick, user, id, stepId } = await caseWithStep("SMART", "smart-identify");
    await completeStep(user.id, stepId, { outcome: "DONE", note: "Ref 1" }, tick());
    const before = await snapshot(id);
    await expect(completeStep(user.id, stepId, { outcome: "SKIPPED", note: "Ref 1" }, tick())).rejects.toMatchObject({ key: "cases.stepAlreadyMarked" });
    await expect(completeStep(user.id, stepId, { outcome: "DONE", note: "Ref 2" }, tick())).rejects.toMatchObject({ key: "cases.stepAlreadyMarked" });
    expect(await snapshot(id)).toEqual(before);
  });

  it("a skipped handover sent again never says it started the wait, even once the case waits", async () => {
    const { tick, user, id, stepId } = await caseWithStep("METFONE", "metfone-submit");
    await changeCaseStatus(user.id, id, { type: "start" }, tick());
    await completeStep(user.id, stepId, { outcome: "SKIPPED", note: null }, tick());
    await changeCaseStatus(user.id, id, { type: "wait", days: 3, counting: "CALENDAR" }, tick());
    expect(await completeStep(user.id, stepId, { outcome: "SKIPPED", note: null }, tick())).toEqual({ caseId: id, startedWait: false });
  });

  it("another user's step is not found, marked or not, and stays as it is", async () => {
    const { tick, user, id, stepId } = await caseWithStep("METFONE", "metfone-submit");
    const stranger = await createTestUser();
    await expect(completeStep(stranger.id, stepId, { outcome: "DONE", note: null }, tick())).rejects.toMatchObject(NOT_FOUND);
    await completeStep(user.id, stepId, { outcome: "DONE", note: null }, tick());
    const before = await snapshot(id);
    await expect(completeStep(stranger.id, stepId, { outcome: "DONE", note: null }, tick())).rejects.toMatchObject(NOT_FOUND);
    await expect(undoStep(stranger.id, stepId, tick())).rejects.toMatchObject(NOT_FOUND);
    expect(await snapshot(id)).toEqual(before);
  });
});

describe("undoing a step, sent twice", () => {
  it("the second undo finds the step to do, answers as done and writes nothing", async () => {
    const { tick, user, id, stepId } = await caseWithStep("METFONE", "metfone-submit");
    await completeStep(user.id, stepId, { outcome: "DONE", note: "Ticket 7781" }, tick());
    await undoStep(user.id, stepId, tick());
    const undone = await snapshot(id);
    expect(undone.row.status).toBe("IN_PROGRESS");

    await undoStep(user.id, stepId, tick());
    expect(await snapshot(id)).toEqual(undone);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "STEP_UNDONE" } })).toBe(1);
  });
});
