import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import { deleteStep } from "./delete-step";
import { moveStep } from "./move-step";

/** The procedure's step ids in order, with everything a move writes: positions, the case's updatedAt, the timeline. */
async function snapshot(caseId: string) {
  const [steps, row, events] = await Promise.all([
    db().caseStep.findMany({ where: { caseId, kind: "PROCEDURE" }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, position: true } }),
    db().case.findUniqueOrThrow({ where: { id: caseId }, select: { updatedAt: true } }),
    db().caseEvent.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { order: steps.map((step) => step.id), steps, updatedAt: row.updatedAt, events };
}

async function metfoneCase() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "METFONE" });
  return { user, id, order: (await snapshot(id)).order };
}

describe("moving a step, sent twice", () => {
  it("the second 'Move up' past the same step finds it moved, and writes nothing", async () => {
    const { user, id, order } = await metfoneCase();
    const [a, b, c] = order;
    await moveStep(user.id, c!, { direction: "up", swapWith: b! });
    const moved = await snapshot(id);
    expect(moved.order.slice(0, 3)).toEqual([a, c, b]);

    await moveStep(user.id, c!, { direction: "up", swapWith: b! });
    expect(await snapshot(id)).toEqual(moved);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "STEP_MOVED" } })).toBe(1);
  });

  it("two identical moves at once move the step one place", async () => {
    const { user, id, order } = await metfoneCase();
    const [a, b, c] = order;
    await Promise.all([moveStep(user.id, a!, { direction: "down", swapWith: b! }), moveStep(user.id, a!, { direction: "down", swapWith: b! })]);
    expect((await snapshot(id)).order.slice(0, 3)).toEqual([b, a, c]);
    expect(await db().caseEvent.count({ where: { caseId: id, kind: "STEP_MOVED" } })).toBe(1);
  });

  it("a step deleted elsewhere, above both, does not stop the move the user saw", async () => {
    const { user, id, order } = await metfoneCase();
    const [a, b, c] = order;
    await deleteStep(user.id, a!);
    await moveStep(user.id, c!, { direction: "up", swapWith: b! });
    expect((await snapshot(id)).order.slice(0, 2)).toEqual([c, b]);
  });

  it("a list changed elsewhere around the step is refused, nothing moved", async () => {
    const { user, id, order } = await metfoneCase();
    const [a, b, c] = order;
    // Another device moved the step above away: the page still shows b above c.
    await moveStep(user.id, b!, { direction: "up", swapWith: a! });
    const before = await snapshot(id);
    await expect(moveStep(user.id, c!, { direction: "up", swapWith: b! })).rejects.toMatchObject({ key: "cases.changedElsewhere" });
    // The step it was to move past is gone.
    await deleteStep(user.id, a!);
    const afterDelete = await snapshot(id);
    await expect(moveStep(user.id, b!, { direction: "down", swapWith: a! })).rejects.toMatchObject({ key: "cases.changedElsewhere" });
    expect(await snapshot(id)).toEqual(afterDelete);
    expect(before.order.slice(0, 3)).toEqual([b, a, c]);
  });

  it("a step of another list or case is refused; without a step seen, the first cannot go up", async () => {
    const { user, id, order } = await metfoneCase();
    const check = await db().caseStep.findFirstOrThrow({ where: { caseId: id, kind: "CHECK" }, select: { id: true } });
    const before = await snapshot(id);
    await expect(moveStep(user.id, order[1]!, { direction: "up", swapWith: check.id })).rejects.toMatchObject({ key: "cases.changedElsewhere" });
    await expect(moveStep(user.id, order[0]!, { direction: "up" })).rejects.toMatchObject({ key: "cases.stepAlreadyFirst" });
    await expect(moveStep(user.id, order.at(-1)!, { direction: "down", swapWith: null })).rejects.toMatchObject({ key: "cases.stepAlreadyLast" });
    expect(await snapshot(id)).toEqual(before);
  });

  it("another user's step is not found, and stays where it is", async () => {
    const { id, order } = await metfoneCase();
    const stranger = await createTestUser();
    const before = await snapshot(id);
    await expect(moveStep(stranger.id, order[1]!, { direction: "up", swapWith: order[0]! })).rejects.toMatchObject(NOT_FOUND);
    await expect(moveStep(stranger.id, order[1]!, { direction: "down" })).rejects.toMatchObject(NOT_FOUND);
    expect(await snapshot(id)).toEqual(before);
  });
});
