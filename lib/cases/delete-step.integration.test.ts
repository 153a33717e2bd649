import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import { deleteStep } from "./delete-step";

async function snapshot(caseId: string) {
  const [steps, row, events] = await Promise.all([
    db().caseStep.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true } }),
    db().case.findUniqueOrThrow({ where: { id: caseId }, select: { updatedAt: true } }),
    db().caseEvent.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { steps, row, events };
}

async function caseWithSteps() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "METFONE" });
  const steps = await db().caseStep.findMany({ where: { caseId: id, kind: "PROCEDURE" }, orderBy: { position: "asc" }, select: { id: true } });
  return { user, id, stepIds: steps.map((step) => step.id) };
}

describe("deleting a step, sent twice", () => {
  it("the second delete is answered as done and writes nothing; two at once delete it once", async () => {
    const { user, id, stepIds } = await caseWithSteps();
    await deleteStep(user.id, stepIds[0]!);
    const once = await snapshot(id);
    await deleteStep(user.id, stepIds[0]!);
    expect(await snapshot(id)).toEqual(once);

    await Promise.all([deleteStep(user.id, stepIds[1]!), deleteStep(user.id, stepIds[1]!)]);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "STEP_DELETED" } })).toBe(2);
  });

  it("a step that never was is not found", async () => {
    const { user } = await caseWithSteps();
    await expect(deleteStep(user.id, "no-such-step")).rejects.toMatchObject(NOT_FOUND);
  });

  it("another user's step is not found, present or deleted, and stays", async () => {
    const { user, id, stepIds } = await caseWithSteps();
    const stranger = await createTestUser();
    await expect(deleteStep(stranger.id, stepIds[1]!)).rejects.toMatchObject(NOT_FOUND);
    await deleteStep(user.id, stepIds[0]!);
    const before = await snapshot(id);
    await expect(deleteStep(stranger.id, stepIds[0]!)).rejects.toMatchObject(NOT_FOUND);
    await expect(deleteStep(stranger.id, stepIds[1]!)).rejects.toMatchObject(NOT_FOUND);
    expect(await snapshot(id)).toEqual(before);
  });
});
