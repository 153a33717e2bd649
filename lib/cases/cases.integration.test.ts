import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { addCaseNote } from "./add-case-note";
import { addStep } from "./add-step";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { completeStep } from "@/lib/workflows/complete-step";
import { deleteCase } from "./delete-case";
import { deleteStep } from "./delete-step";
import { editCase } from "./edit-case";
import { editStep } from "./edit-step";
import { getCase } from "./get-case";
import { moveStep } from "./move-step";
import { CHECKLIST, PROCEDURES } from "./procedure-templates";
import { createCaseSchema } from "./schemas";
import { undoStep } from "@/lib/workflows/undo-step";
import { UserError } from "@/lib/http/user-error";
import { NOT_FOUND } from "@/test/support/not-found";

const procedure = (detail: Awaited<ReturnType<typeof getCase>>) => detail.steps.filter((step) => step.kind === "PROCEDURE");

describe("cases", () => {
  it("open with the checklist, the operator's procedure and a first timeline entry", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "COOTEL", nickname: "Tourist card", leavingOn: "2026-06-01" });
    const detail = await getCase(user.id, id);

    expect(detail).toMatchObject({ status: "OPEN", phoneNumber: "+85512345678", nickname: "Tourist card" });
    expect(detail.leavingOn?.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(detail.nextDueAt?.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(detail.steps.filter((step) => step.kind === "CHECK").map((step) => step.templateKey)).toEqual(
      CHECKLIST.map((item) => item.key),
    );
    expect(procedure(detail).map((step) => step.templateKey)).toEqual(PROCEDURES.COOTEL.steps.map((step) => step.key));
    // The English words are stored too: the copy shown if a template is ever removed.
    expect(procedure(detail).map((step) => step.title)).toEqual(Object.values(en.procedures.cootel).map((step) => step.title));
    expect(procedure(detail)[1]!.whatToBring).toBe(en.procedures.cootel["cootel-prepare"].whatToBring);
    expect(detail.events.map((event) => event.kind)).toEqual(["CASE_CREATED"]);
    expect(detail.events[0]!.actor.email).toBe(user.email);
  });

  it("point a new case to the user's open case for the same number, and to no closed or other user's case", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const first = await createTestCase(user.id, { operator: "SMART", phoneNumber: "012 345 678" });
    await createTestCase(other.id, { operator: "SMART", phoneNumber: "012 345 678" });
    const second = await createTestCase(user.id, { operator: "METFONE", phoneNumber: "+855 12 345 678" });
    expect(second.sameNumberOpen).toBe(first.id);
    expect(first.sameNumberOpen).toBeNull();
    // Another user's case with that number is not named to this one, nor this user's to them.
    expect((await createTestCase(other.id, { operator: "SMART", phoneNumber: "097 000 1111" })).sameNumberOpen).toBeNull();

    await changeCaseStatus(user.id, first.id, { type: "giveUp" });
    await changeCaseStatus(user.id, second.id, { type: "giveUp" });
    expect((await createTestCase(user.id, { operator: "SMART", phoneNumber: "012 345 678" })).sameNumberOpen).toBeNull();
  });

  it("start 'Other' with no procedure steps", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "OTHER", providerName: "Some MVNO" });
    expect(procedure(await getCase(user.id, id))).toEqual([]);
  });

  it("walk a Smart case through its steps, the operator's wait and done without proof, all on the timeline", async () => {
    // An explicit clock keeps the timeline's order independent of how fast the test runs.
    let clock = new Date("2026-05-01T03:00:00Z").getTime();
    const tick = () => new Date((clock += 60_000));
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, {}, tick());
    const steps = procedure(await getCase(user.id, id));

    await completeStep(user.id, steps[0]!.id, { outcome: "DONE", note: null }, tick());
    expect((await getCase(user.id, id)).status).toBe("IN_PROGRESS");
    await completeStep(user.id, steps[1]!.id, { outcome: "SKIPPED", note: null }, tick());
    await completeStep(user.id, steps[2]!.id, { outcome: "DONE", note: "Ref 55-1234" }, tick());
    await undoStep(user.id, steps[2]!.id, tick());
    await completeStep(user.id, steps[2]!.id, { outcome: "DONE", note: "Ref 55-1234" }, tick());

    // Friday 1 May 2026 (Labour Day, Visak Bochea) + 2 working days: Monday 4, then Wednesday 6 May
    // (Tuesday 5 is the Royal Ploughing Ceremony).
    await changeCaseStatus(user.id, id, { type: "wait", days: 2, counting: "WORKING" }, tick());
    let detail = await getCase(user.id, id);
    expect(detail).toMatchObject({ status: "WAITING_FOR_OPERATOR", reviewDays: 2, reviewCounting: "WORKING" });
    // 18:00 in Phnom Penh (UTC+7).
    expect(detail.expectedBy?.toISOString()).toBe("2026-05-06T11:00:00.000Z");
    expect(detail.nextDueAt?.toISOString()).toBe("2026-05-06T11:00:00.000Z");

    await expect(changeCaseStatus(user.id, id, { type: "complete", noProofConfirmed: false }, tick())).rejects.toThrow(
      UserError,
    );
    await changeCaseStatus(user.id, id, { type: "complete", noProofConfirmed: true }, tick());
    detail = await getCase(user.id, id);
    expect(detail).toMatchObject({ status: "DONE", noProofConfirmed: true, expectedBy: null, nextDueAt: null });
    expect(detail.closedAt).not.toBeNull();

    const timeline = [...detail.events].reverse().map((event) => [event.kind, event.data]);
    expect(timeline).toEqual([
      ["CASE_CREATED", { operator: "SMART", providerName: null }],
      ["STEP_DONE", { stepId: steps[0]!.id, title: steps[0]!.title, templateKey: steps[0]!.templateKey }],
      ["STATUS_CHANGED", { from: "OPEN", to: "IN_PROGRESS" }],
      ["STEP_SKIPPED", { stepId: steps[1]!.id, title: steps[1]!.title, templateKey: steps[1]!.templateKey }],
      ["STEP_DONE", { stepId: steps[2]!.id, title: steps[2]!.title, templateKey: steps[2]!.templateKey, note: "Ref 55-1234" }],
      ["STEP_UNDONE", { stepId: steps[2]!.id, title: steps[2]!.title, templateKey: steps[2]!.templateKey }],
      ["STEP_DONE", { stepId: steps[2]!.id, title: steps[2]!.title, templateKey: steps[2]!.templateKey, note: "Ref 55-1234" }],
      ["STATUS_CHANGED", { from: "IN_PROGRESS", to: "WAITING_FOR_OPERATOR", expectedBy: "2026-05-06T11:00:00.000Z" }],
      ["STATUS_CHANGED", { from: "WAITING_FOR_OPERATOR", to: "DONE", noProofConfirmed: true }],
    ]);
  });

  it("refuse illegal transitions with a clear message and change nothing", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    await changeCaseStatus(user.id, id, { type: "giveUp" });
    const before = await getCase(user.id, id);

    await expect(changeCaseStatus(user.id, id, { type: "flagNeedsAction" })).rejects.toMatchObject({
      key: "cases.actionNotAllowed",
      values: { status: "GIVEN_UP", action: "flagNeedsAction" },
    });
    const after = await getCase(user.id, id);
    expect(after.status).toBe("GIVEN_UP");
    expect(after.events).toHaveLength(before.events.length);

    await changeCaseStatus(user.id, id, { type: "reopen" });
    const reopened = await getCase(user.id, id);
    expect(reopened.status).toBe("IN_PROGRESS");
    expect(reopened.events[0]).toMatchObject({ kind: "CASE_REOPENED", data: { from: "GIVEN_UP", to: "IN_PROGRESS" } });
  });

  it("let the user edit, add, reorder and delete steps", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "METFONE" });
    const [first, second] = procedure(await getCase(user.id, id));
    const template = Object.values(en.procedures.metfone).map((step) => step.title);

    await editStep(user.id, first!.id, { title: "Open metfone.com.kh", howTo: "Use the English page", whatToBring: null });
    const added = await addStep(user.id, id, { kind: "PROCEDURE", title: "Ask a friend to check", howTo: null, whatToBring: null });
    await moveStep(user.id, added.id, { direction: "up" });
    await moveStep(user.id, first!.id, { direction: "down" });
    await deleteStep(user.id, second!.id);

    const after = procedure(await getCase(user.id, id));
    expect(after.map((step) => step.title)).toEqual([
      "Open metfone.com.kh",
      template[2],
      template[3],
      "Ask a friend to check",
      template[4],
    ]);
    // An edited template step is the user's own text from now on, in every language.
    expect(after[0]).toMatchObject({ howTo: "Use the English page", whatToBring: null, templateKey: null });
    expect(after[1]!.templateKey).toBe("metfone-submit");
    const edited = (await getCase(user.id, id)).events.find((event) => event.kind === "STEP_EDITED");
    expect(edited?.data).toMatchObject({ title: "Open metfone.com.kh", previousTemplateKey: "metfone-open" });
    await expect(moveStep(user.id, first!.id, { direction: "up" })).rejects.toThrow("cases.stepAlreadyFirst");
    await expect(moveStep(user.id, after.at(-1)!.id, { direction: "down" })).rejects.toThrow("cases.stepAlreadyLast");

    const kinds = (await getCase(user.id, id)).events.map((event) => event.kind);
    expect(kinds).toEqual(expect.arrayContaining(["STEP_EDITED", "STEP_ADDED", "STEP_MOVED", "STEP_DELETED"]));
  });

  it("refuse to mark a done step skipped", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    const [step] = procedure(await getCase(user.id, id));
    await completeStep(user.id, step!.id, { outcome: "DONE", note: null });
    await expect(completeStep(user.id, step!.id, { outcome: "SKIPPED", note: null })).rejects.toThrow(UserError);
    expect(procedure(await getCase(user.id, id))[0]!.state).toBe("DONE");
  });

  it("keep the timeline append-only in the database itself", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    await expect(db().caseEvent.updateMany({ where: { caseId: id }, data: { kind: "NOTE_ADDED" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db().caseEvent.deleteMany({ where: { caseId: id } })).rejects.toThrow(/deleted only with their case/);
    expect(await db().caseEvent.count({ where: { caseId: id } })).toBe(1);
  });

  it("let the user correct the details, recorded on the timeline, and refuse a bad number", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { nickname: "Old name", leavingOn: "2026-06-01" });
    const edit = (fields: Record<string, string>) =>
      createCaseSchema.safeParse({
        operator: "SMART",
        simKind: "PHYSICAL",
        providerName: "",
        orderNumber: "",
        cardType: "MONTHLY",
        phoneNumber: "097 123 4567",
        nickname: "New name",
        leavingOn: "",
        notes: "",
        ...fields,
      });
    expect(edit({ phoneNumber: "12" }).success).toBe(false);

    const parsed = edit({});
    if (!parsed.success) throw parsed.error;
    const { operator: _operator, simKind: _simKind, ...input } = parsed.data;
    await editCase(user.id, id, input);
    const detail = await getCase(user.id, id);
    expect(detail).toMatchObject({ nickname: "New name", phoneNumber: "+855971234567", cardType: "MONTHLY", leavingOn: null, nextDueAt: null });
    expect(detail.events[0]).toMatchObject({ kind: "CASE_EDITED" });
    expect((detail.events[0]!.data as { fields: string[] }).fields).toEqual(
      expect.arrayContaining(["phoneNumber", "nickname", "cardType", "leavingOn"]),
    );

    const intruder = await createTestUser();
    await expect(editCase(intruder.id, id, { ...input, nickname: "Hacked" })).rejects.toMatchObject(NOT_FOUND);
    expect((await getCase(user.id, id)).nickname).toBe("New name");
  });

  it("delete a case with its steps and history", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    await addCaseNote(user.id, id, { text: "Called twice" });
    await deleteCase(user.id, id);
    await expect(getCase(user.id, id)).rejects.toMatchObject(NOT_FOUND);
    expect(await db().caseStep.count({ where: { caseId: id } })).toBe(0);
    expect(await db().caseEvent.count({ where: { caseId: id } })).toBe(0);
  });
});

describe("another user's case", () => {
  it("is not found for every action, and nothing about it changes", async () => {
    const owner = await createTestUser();
    const intruder = await createTestUser();
    const { id } = await createTestCase(owner.id, { nickname: "Mine" });
    const stepId = procedure(await getCase(owner.id, id))[0]!.id;
    const snapshot = async () => {
      const detail = await getCase(owner.id, id);
      return { ...detail, events: detail.events.map((event) => event.id) };
    };
    const before = await snapshot();

    const attempts: (() => Promise<unknown>)[] = [
      () => getCase(intruder.id, id),
      () => completeStep(intruder.id, stepId, { outcome: "DONE", note: "mine now" }),
      () => undoStep(intruder.id, stepId),
      () => editStep(intruder.id, stepId, { title: "hacked", howTo: null, whatToBring: null }),
      () => addStep(intruder.id, id, { kind: "PROCEDURE", title: "hacked", howTo: null, whatToBring: null }),
      () => moveStep(intruder.id, stepId, { direction: "down" }),
      () => deleteStep(intruder.id, stepId),
      () => addCaseNote(intruder.id, id, { text: "hello" }),
      () => changeCaseStatus(intruder.id, id, { type: "giveUp" }),
      () => changeCaseStatus(intruder.id, id, { type: "wait", days: 3, counting: "CALENDAR" }),
      () => changeCaseStatus(intruder.id, id, { type: "complete", noProofConfirmed: true }),
      () => deleteCase(intruder.id, id),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toMatchObject(NOT_FOUND);
    }
    expect(await snapshot()).toEqual(before);
  });
});
