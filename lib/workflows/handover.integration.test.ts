import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { getCase } from "@/lib/cases/get-case";
import { changeCaseStatus } from "./change-case-status";
import { completeStep } from "./complete-step";
import { undoStep } from "./undo-step";
import { UserError } from "@/lib/http/user-error";
import { NOT_FOUND } from "@/test/support/not-found";

// Friday 4 Dec 2026, 10:00 in Phnom Penh.
const START = new Date("2026-12-04T03:00:00Z").getTime();

function clock() {
  let now = START;
  return () => new Date((now += 60_000));
}

async function stepByKey(userId: string, caseId: string, key: string) {
  const detail = await getCase(userId, caseId);
  return detail.steps.find((step) => step.templateKey === key)!;
}

const scheduled = (caseId: string) =>
  db().reminder.findMany({ where: { caseId, state: "SCHEDULED" }, orderBy: { dueAt: "asc" }, select: { kind: true, dueAt: true } });

describe("the handover starts the wait", () => {
  it("marking Metfone's submit done waits 3 days with reminders; undo puts everything back", async () => {
    const tick = clock();
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "METFONE" }, tick());
    const submit = await stepByKey(user.id, id, "metfone-submit");

    const result = await completeStep(user.id, submit.id, { outcome: "DONE", note: "Ticket 7781" }, tick());
    expect(result).toEqual({ caseId: id, startedWait: true });
    let detail = await getCase(user.id, id);
    expect(detail).toMatchObject({ status: "WAITING_FOR_OPERATOR", reviewDays: 3, reviewCounting: "CALENDAR" });
    // Friday + 3 calendar days = Monday 7 Dec, 18:00 in Phnom Penh; the check goes out that day at 09:00.
    expect(detail.expectedBy?.toISOString()).toBe("2026-12-07T11:00:00.000Z");
    const planned = await scheduled(id);
    expect(planned[0]).toEqual({ kind: "CHECK", dueAt: new Date("2026-12-07T02:00:00Z") });
    expect(planned.length).toBeGreaterThan(1);
    expect(detail.events.map((event) => event.kind).slice(0, 3)).toEqual(["STATUS_CHANGED", "STATUS_CHANGED", "STEP_DONE"]);

    await undoStep(user.id, submit.id, tick());
    detail = await getCase(user.id, id);
    expect(detail).toMatchObject({ status: "IN_PROGRESS", expectedBy: null, waitingSince: null });
    // The note (the agent's reference) stays, for the step's form to offer again.
    expect(detail.steps.find((step) => step.id === submit.id)).toMatchObject({ state: "TODO", note: "Ticket 7781" });
    expect(await scheduled(id)).toEqual([]);
  });

  it("an eSIM request waits 7 working days; a wait already started by hand is kept", async () => {
    const tick = clock();
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "ESIM", simKind: "ESIM", phoneNumber: "", orderNumber: "A-1", providerName: "Airalo" }, tick());
    await changeCaseStatus(user.id, id, { type: "wait", days: 2, counting: "CALENDAR" }, tick());
    const byHand = (await getCase(user.id, id)).expectedBy;
    const request = await stepByKey(user.id, id, "esim-request");
    expect(await completeStep(user.id, request.id, { outcome: "DONE", note: null }, tick())).toEqual({ caseId: id, startedWait: false });
    expect((await getCase(user.id, id)).expectedBy).toEqual(byHand);
    // Undo does not end a wait the step did not start.
    await undoStep(user.id, request.id, tick());
    expect((await getCase(user.id, id)).status).toBe("WAITING_FOR_OPERATOR");

    const other = await createTestCase(user.id, { operator: "ESIM", simKind: "ESIM", phoneNumber: "", orderNumber: "A-2", providerName: "Airalo" }, tick());
    const otherRequest = await stepByKey(user.id, other.id, "esim-request");
    await completeStep(user.id, otherRequest.id, { outcome: "DONE", note: null }, tick());
    // Friday 4 Dec + 7 working days (weekends skipped) = Tuesday 15 Dec.
    expect(await getCase(user.id, other.id)).toMatchObject({ status: "WAITING_FOR_OPERATOR", reviewDays: 7, reviewCounting: "WORKING" });
    expect((await getCase(user.id, other.id)).expectedBy?.toISOString()).toBe("2026-12-15T11:00:00.000Z");
  });

  it("skipping the handover step, or a step already marked, starts nothing", async () => {
    const tick = clock();
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "COOTEL" }, tick());
    const handIn = await stepByKey(user.id, id, "cootel-hand-in");
    expect((await completeStep(user.id, handIn.id, { outcome: "SKIPPED", note: null }, tick())).startedWait).toBe(false);
    expect((await getCase(user.id, id)).status).toBe("IN_PROGRESS");
    await expect(completeStep(user.id, handIn.id, { outcome: "DONE", note: null }, tick())).rejects.toThrow(UserError);
    expect(await scheduled(id)).toEqual([]);
  });

  it("another user can neither hand over nor undo someone else's step", async () => {
    const tick = clock();
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createTestCase(owner.id, { operator: "METFONE" }, tick());
    const submit = await stepByKey(owner.id, id, "metfone-submit");

    await expect(completeStep(stranger.id, submit.id, { outcome: "DONE", note: null }, tick())).rejects.toMatchObject(NOT_FOUND);
    expect((await getCase(owner.id, id)).status).toBe("OPEN");

    await completeStep(owner.id, submit.id, { outcome: "DONE", note: null }, tick());
    await expect(undoStep(stranger.id, submit.id, tick())).rejects.toMatchObject(NOT_FOUND);
    expect((await getCase(owner.id, id)).status).toBe("WAITING_FOR_OPERATOR");
    expect((await scheduled(id)).length).toBeGreaterThan(0);
  });
});
