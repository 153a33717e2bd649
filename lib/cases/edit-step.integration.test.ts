import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import { editStep } from "./edit-step";

async function snapshot(caseId: string) {
  const [steps, row, events] = await Promise.all([
    db().caseStep.findMany({ where: { caseId }, orderBy: { id: "asc" } }),
    db().case.findUniqueOrThrow({ where: { id: caseId }, select: { updatedAt: true } }),
    db().caseEvent.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { steps, row, events };
}

async function metfoneStep() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "METFONE" });
  const step = await db().caseStep.findFirstOrThrow({ where: { caseId: id, kind: "PROCEDURE" }, orderBy: { position: "asc" } });
  return { user, id, step };
}

describe("editing a step, sent twice", () => {
  it("the same words again write nothing: one 'Step edited' on the timeline", async () => {
    const { user, id, step } = await metfoneStep();
    const words = { title: "Open metfone.com.kh", howTo: "Use the English page", whatToBring: null };
    await editStep(user.id, step.id, words);
    const once = await snapshot(id);
    await editStep(user.id, step.id, words);
    expect(await snapshot(id)).toEqual(once);
    await Promise.all([editStep(user.id, step.id, { ...words, whatToBring: "Passport" }), editStep(user.id, step.id, { ...words, whatToBring: "Passport" })]);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "STEP_EDITED" } })).toBe(2);
  });

  it("a template's step saved with its own words unchanged becomes the user's, once", async () => {
    const { user, id, step } = await metfoneStep();
    const same = { title: step.title, howTo: step.howTo, whatToBring: step.whatToBring };
    await editStep(user.id, step.id, same);
    expect(await db().caseStep.findUniqueOrThrow({ where: { id: step.id } })).toMatchObject({ templateKey: null });
    await editStep(user.id, step.id, same);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "STEP_EDITED" } })).toBe(1);
  });

  it("another user's step is not found, and keeps its words", async () => {
    const { id, step } = await metfoneStep();
    const stranger = await createTestUser();
    const before = await snapshot(id);
    await expect(editStep(stranger.id, step.id, { title: "hacked", howTo: null, whatToBring: null })).rejects.toMatchObject(NOT_FOUND);
    expect(await snapshot(id)).toEqual(before);
  });
});
