import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase, testCaseInput } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import { addCaseNote } from "./add-case-note";
import { addStep } from "./add-step";
import { createCase } from "./create-case";
import type { CreateCaseInput } from "./schemas";

// A create form sent again with the same key, after an answer that never
// arrived, creates nothing more and is answered as done (decision 031).

const caseInput = testCaseInput({ nickname: "Tourist SIM" });

const notes = (caseId: string) => db().caseEvent.findMany({ where: { caseId, kind: "NOTE_ADDED" }, select: { data: true } });
const ownSteps = (caseId: string) => db().caseStep.findMany({ where: { caseId, templateKey: null }, select: { id: true, title: true } });
const step = (title: string, submissionKey: string) => ({ kind: "PROCEDURE" as const, title, howTo: null, whatToBring: null, submissionKey });

describe("a case opened twice with one submission key", () => {
  it("is opened once, and the second try is sent to it", async () => {
    const user = await createTestUser();
    const key = randomUUID();
    const first = await createCase(user.id, { ...caseInput, submissionKey: key });
    const again = await createCase(user.id, { ...caseInput, submissionKey: key });
    expect(again).toEqual(first);
    expect(await db().case.count({ where: { ownerId: user.id } })).toBe(1);
    expect(await db().caseEvent.count({ where: { case: { ownerId: user.id } } })).toBe(1);

    // A new form is a new case (pointed to the first: same number).
    const second = await createCase(user.id, { ...caseInput, submissionKey: randomUUID() });
    expect(second.id).not.toBe(first.id);
    expect(second.sameNumberOpen).toBe(first.id);
    expect(await db().case.count({ where: { ownerId: user.id } })).toBe(2);
  });

  it("is opened for another user with the same key, who is never sent to the first user's case", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const key = randomUUID();
    const mine = await createCase(user.id, { ...caseInput, submissionKey: key });
    const theirs = await createCase(other.id, { ...caseInput, submissionKey: key });
    expect(theirs.id).not.toBe(mine.id);
    expect(await db().case.findUniqueOrThrow({ where: { id: theirs.id }, select: { ownerId: true } })).toEqual({ ownerId: other.id });
    expect(await db().case.count({ where: { ownerId: user.id } })).toBe(1);
  });

  it("is opened when a try refused on the way is corrected: the refusal does not use the key up", async () => {
    const user = await createTestUser();
    const key = randomUUID();
    const refused = { ...caseInput, simKind: "NANO" } as unknown as CreateCaseInput;
    await expect(createCase(user.id, { ...refused, submissionKey: key })).rejects.toThrow();
    expect(await db().case.count({ where: { ownerId: user.id } })).toBe(0);

    const opened = await createCase(user.id, { ...caseInput, submissionKey: key });
    expect(await db().case.findUniqueOrThrow({ where: { id: opened.id }, select: { ownerId: true, simKind: true } })).toEqual({
      ownerId: user.id,
      simKind: "PHYSICAL",
    });
  });

  it("without a key (a page from before keys) is opened each time", async () => {
    const user = await createTestUser();
    await createCase(user.id, caseInput);
    await createCase(user.id, { ...caseInput, submissionKey: null });
    expect(await db().case.count({ where: { ownerId: user.id } })).toBe(2);
    expect(await db().submission.count()).toBe(0);
  });
});

describe("a note added twice with one submission key", () => {
  it("is added once, also when both tries arrive at the same moment", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    const key = randomUUID();
    await addCaseNote(user.id, id, { text: "Agent said two days", submissionKey: key });
    await addCaseNote(user.id, id, { text: "Agent said two days", submissionKey: key });
    expect(await notes(id)).toEqual([{ data: { text: "Agent said two days" } }]);

    const racing = randomUUID();
    await Promise.all([1, 2].map(() => addCaseNote(user.id, id, { text: "Ref 55-1234", submissionKey: racing })));
    expect(await notes(id)).toHaveLength(2);

    await addCaseNote(user.id, id, { text: "Agent said two days", submissionKey: randomUUID() });
    expect(await notes(id)).toHaveLength(3);
  });

  it("is added for another user with the same key, who still cannot reach the first user's case", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const mine = await createTestCase(user.id);
    const theirs = await createTestCase(other.id);
    const key = randomUUID();
    await addCaseNote(user.id, mine.id, { text: "Mine", submissionKey: key });
    await expect(addCaseNote(other.id, mine.id, { text: "Theirs", submissionKey: key })).rejects.toMatchObject(NOT_FOUND);
    await addCaseNote(other.id, theirs.id, { text: "Theirs", submissionKey: key });
    expect(await notes(mine.id)).toEqual([{ data: { text: "Mine" } }]);
    expect(await notes(theirs.id)).toEqual([{ data: { text: "Theirs" } }]);
  });

  it("is added when a try refused inside the transaction is sent again, corrected, with the same key", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    const key = randomUUID();
    await expect(addCaseNote(user.id, "no-such-case", { text: "Ref 1", submissionKey: key })).rejects.toMatchObject(NOT_FOUND);
    await addCaseNote(user.id, id, { text: "Ref 1", submissionKey: key });
    expect(await notes(id)).toEqual([{ data: { text: "Ref 1" } }]);
  });
});

describe("a step added twice with one submission key", () => {
  it("is added once, and the second try answers with it", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "OTHER", providerName: "Some MVNO" });
    const key = randomUUID();
    const first = await addStep(user.id, id, step("Call the shop", key));
    expect(await addStep(user.id, id, step("Call the shop", key))).toEqual(first);
    expect(await ownSteps(id)).toEqual([{ id: first.id, title: "Call the shop" }]);

    await addStep(user.id, id, step("Call the shop", randomUUID()));
    expect(await ownSteps(id)).toHaveLength(2);
  });

  it("is added for another user with the same key, who is never answered with the first user's step", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const mine = await createTestCase(user.id, { operator: "OTHER", providerName: "Some MVNO" });
    const theirs = await createTestCase(other.id, { operator: "OTHER", providerName: "Some MVNO" });
    const key = randomUUID();
    const first = await addStep(user.id, mine.id, step("Mine", key));
    await expect(addStep(other.id, mine.id, step("Theirs", key))).rejects.toMatchObject(NOT_FOUND);
    const added = await addStep(other.id, theirs.id, step("Theirs", key));
    expect(added.id).not.toBe(first.id);
    expect(await ownSteps(mine.id)).toEqual([{ id: first.id, title: "Mine" }]);
    expect(await ownSteps(theirs.id)).toEqual([{ id: added.id, title: "Theirs" }]);
  });

  it("is added when a refused try is corrected with the same key", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "OTHER", providerName: "Some MVNO" });
    const key = randomUUID();
    await expect(addStep(user.id, "no-such-case", step("Call the shop", key))).rejects.toMatchObject(NOT_FOUND);
    const added = await addStep(user.id, id, step("Call the shop", key));
    expect(await ownSteps(id)).toEqual([{ id: added.id, title: "Call the shop" }]);
  });
});
