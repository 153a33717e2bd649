import { describe, expect, it } from "vitest";
import { caseNoteTexts, currentStep, handoverStepId, isWaitStart, nowKind, progressStage, referenceNumbers } from "./case-view";

const step = (id: string, state: "TODO" | "DONE" | "SKIPPED", kind: "CHECK" | "PROCEDURE" = "PROCEDURE", startsWaiting = false) => ({
  id,
  kind,
  state,
  startsWaiting,
  note: null,
});

describe("case view", () => {
  it("the current step is the first procedure step still to do, whatever the checklist", () => {
    const steps = [step("c1", "TODO", "CHECK"), step("p1", "DONE"), step("p2", "SKIPPED"), step("p3", "TODO"), step("p4", "TODO")];
    expect(currentStep(steps)?.id).toBe("p3");
    expect(currentStep([step("c1", "TODO", "CHECK")])).toBeNull();
  });

  it("picks the card that fits the state", () => {
    expect(nowKind("OPEN", [step("p1", "TODO")])).toBe("step");
    expect(nowKind("IN_PROGRESS", [step("p1", "DONE")])).toBe("stepsDone");
    expect(nowKind("OPEN", [step("c1", "TODO", "CHECK")])).toBe("noSteps");
    expect(nowKind("WAITING_FOR_OPERATOR", [step("p1", "TODO")])).toBe("waiting");
    expect(nowKind("NEEDS_ACTION", [])).toBe("needsAction");
    expect(nowKind("DONE", [step("p1", "TODO")])).toBe("closed");
    expect(nowKind("GIVEN_UP", [])).toBe("closed");
  });

  it("offers the handover's undo only while its wait is the latest change", () => {
    const steps = [step("p1", "DONE", "PROCEDURE", true)];
    const wait = { kind: "STATUS_CHANGED", data: { from: "IN_PROGRESS", to: "WAITING_FOR_OPERATOR", handoverStepId: "p1" } };
    const byHand = { kind: "STATUS_CHANGED", data: { from: "WAITING_FOR_OPERATOR", to: "WAITING_FOR_OPERATOR" } };
    expect(handoverStepId("WAITING_FOR_OPERATOR", [wait], steps)).toBe("p1");
    expect(handoverStepId("WAITING_FOR_OPERATOR", [{ kind: "NOTE_ADDED", data: {} }, wait], steps)).toBe("p1");
    expect(handoverStepId("WAITING_FOR_OPERATOR", [byHand, wait], steps)).toBeNull();
    expect(handoverStepId("IN_PROGRESS", [wait], steps)).toBeNull();
    expect(handoverStepId("WAITING_FOR_OPERATOR", [wait], [step("p1", "TODO")])).toBeNull();
  });

  it("names the stage on the way to proof", () => {
    const base = { handedOver: false };
    expect(progressStage({ ...base, status: "OPEN" })).toBe("prepared");
    expect(progressStage({ ...base, status: "IN_PROGRESS", handedOver: true })).toBe("sent");
    // Every step skipped, the hand-over too: nothing was sent.
    expect(progressStage({ ...base, status: "IN_PROGRESS" })).toBe("prepared");
    expect(progressStage({ ...base, status: "WAITING_FOR_OPERATOR" })).toBe("reviewing");
    expect(progressStage({ ...base, status: "NEEDS_ACTION" })).toBe("reviewing");
    expect(progressStage({ ...base, status: "DONE" })).toBe("proof");
    expect(progressStage({ ...base, status: "GIVEN_UP" })).toBeNull();
  });

  it("finds reference numbers in notes, not ordinary words or small amounts", () => {
    expect(referenceNumbers(["Reference SM-4821, balance 0", null, "Ticket 7781; call back on 5 Dec", "ref SM-4821"])).toEqual([
      "SM-4821",
      "7781",
    ]);
    expect(referenceNumbers(["参考编号 CT20261204 余额为零"])).toEqual(["CT20261204"]);
    // Chinese without spaces: the number, not the sentence around it.
    expect(referenceNumbers(["客服说12月5日前办完，受理编号SM4821，余额0.50美元已清零"])).toEqual(["SM4821"]);
    expect(referenceNumbers(["受理编号：ＳＭ－４８２２"])).toEqual(["SM-4822"]);
    expect(referenceNumbers(["all fine", "$10 left"])).toEqual([]);
  });

  it("finds reference numbers in timeline notes too, after the steps' and each once", () => {
    const steps = [{ note: "Reference SM-4821" }, { note: null }];
    const events = [
      { kind: "CASE_CREATED", data: {} },
      { kind: "NOTE_ADDED", data: { text: "Agent said ref number 55821, call back Friday" } },
      { kind: "STEP_DONE", data: { note: "Ticket 7781" } },
      { kind: "NOTE_ADDED", data: { text: "Called again, still SM-4821" } },
      { kind: "NOTE_ADDED", data: null },
    ];
    expect(referenceNumbers(caseNoteTexts(steps, events))).toEqual(["SM-4821", "55821"]);
    expect(referenceNumbers(caseNoteTexts([], [{ kind: "NOTE_ADDED", data: { text: "$10 left, all fine" } }]))).toEqual([]);
  });

  it("knows a wait's start, by its step or by hand, from other status changes", () => {
    expect(isWaitStart({ kind: "STATUS_CHANGED", data: { from: "IN_PROGRESS", to: "WAITING_FOR_OPERATOR", handoverStepId: "s1" } })).toBe(true);
    expect(isWaitStart({ kind: "STATUS_CHANGED", data: { from: "IN_PROGRESS", to: "WAITING_FOR_OPERATOR" } })).toBe(true);
    expect(isWaitStart({ kind: "STATUS_CHANGED", data: { from: "WAITING_FOR_OPERATOR", to: "GIVEN_UP" } })).toBe(false);
    expect(isWaitStart({ kind: "NOTE_ADDED", data: { to: "WAITING_FOR_OPERATOR" } })).toBe(false);
    expect(isWaitStart({ kind: "STATUS_CHANGED", data: null })).toBe(false);
  });
});
