import { describe, expect, it } from "vitest";
import { describeEvent } from "./describe-event";

describe("describeEvent", () => {
  it("shows status changes as old -> new with labels", () => {
    expect(describeEvent({ kind: "STATUS_CHANGED", data: { from: "IN_PROGRESS", to: "WAITING_FOR_OPERATOR" } })).toEqual({
      title: "Status: In progress → Waiting for the operator",
      detail: null,
    });
    expect(
      describeEvent({ kind: "STATUS_CHANGED", data: { from: "WAITING_FOR_OPERATOR", to: "DONE", noProofConfirmed: true } })
        .detail,
    ).toContain("without proof");
  });

  it("keeps the note of a step and of a note entry", () => {
    expect(describeEvent({ kind: "STEP_DONE", data: { title: "Call 123", note: "Ref 77" } })).toEqual({
      title: "Done: Call 123",
      detail: "Ref 77",
    });
    expect(describeEvent({ kind: "NOTE_ADDED", data: { text: "Agent said 2 days" } }).detail).toBe("Agent said 2 days");
  });

  it("survives data it does not expect", () => {
    expect(describeEvent({ kind: "STEP_EDITED", data: null })).toEqual({ title: "Step edited: ", detail: null });
    expect(describeEvent({ kind: "SOMETHING_NEW", data: {} }).title).toBe("SOMETHING_NEW");
  });
});
