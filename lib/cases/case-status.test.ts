import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedActions,
  CASE_STATUSES,
  isConsistent,
  transition,
  type CaseAction,
  type CaseState,
} from "./case-status";

const NOW = new Date("2026-05-01T03:00:00Z");
const initial: CaseState = { status: "OPEN", expectedBy: null, noProofConfirmed: false, closedAt: null };

const actionArb: fc.Arbitrary<CaseAction> = fc.oneof(
  fc.constant({ type: "start" as const }),
  fc.constant({ type: "resume" as const }),
  fc.constant({ type: "flagNeedsAction" as const }),
  fc.constant({ type: "giveUp" as const }),
  fc.constant({ type: "reopen" as const }),
  fc.integer({ min: -3, max: 10 }).map((days) => ({
    type: "wait" as const,
    expectedBy: new Date(NOW.getTime() + days * 86_400_000),
  })),
  fc.record({ hasProof: fc.boolean(), noProofConfirmed: fc.boolean() }).map((proof) => ({
    type: "complete" as const,
    ...proof,
  })),
);

describe("case status machine", () => {
  it("goes open -> in progress -> waiting -> done with proof", () => {
    let state = initial;
    for (const action of [
      { type: "start" },
      { type: "wait", expectedBy: new Date("2026-05-04T02:00:00Z") },
      { type: "complete", hasProof: true, noProofConfirmed: false },
    ] as CaseAction[]) {
      const result = transition(state, action, NOW);
      if (!result.ok) throw new Error(result.error.key);
      state = result.state;
    }
    expect(state).toEqual({ status: "DONE", expectedBy: null, noProofConfirmed: false, closedAt: NOW });
  });

  it("refuses done without proof unless the user confirms having none", () => {
    const refused = transition(initial, { type: "complete", hasProof: false, noProofConfirmed: false }, NOW);
    expect(refused).toEqual({ ok: false, error: { key: "cases.doneNeedsProof" } });
    const accepted = transition(initial, { type: "complete", hasProof: false, noProofConfirmed: true }, NOW);
    expect(accepted).toMatchObject({ ok: true, state: { status: "DONE", noProofConfirmed: true } });
  });

  it("refuses a wait that is already over", () => {
    const result = transition(initial, { type: "wait", expectedBy: new Date(NOW.getTime() - 1) }, NOW);
    expect(result).toEqual({ ok: false, error: { key: "cases.expectedInPast" } });
  });

  it("names both the status and the action when refusing", () => {
    const done = { status: "DONE", expectedBy: null, noProofConfirmed: true, closedAt: NOW } as const;
    expect(transition(done, { type: "giveUp" }, NOW)).toEqual({
      ok: false,
      error: { key: "cases.actionNotAllowed", values: { status: "DONE", action: "giveUp" } },
    });
  });

  it("reopens a closed case into progress, clearing what closing set", () => {
    const done: CaseState = { status: "DONE", expectedBy: null, noProofConfirmed: true, closedAt: NOW };
    expect(transition(done, { type: "reopen" }, NOW)).toEqual({
      ok: true,
      state: { status: "IN_PROGRESS", expectedBy: null, noProofConfirmed: false, closedAt: null },
    });
  });

  it("closed cases allow nothing but reopening", () => {
    expect(allowedActions("DONE")).toEqual(["reopen"]);
    expect(allowedActions("GIVEN_UP")).toEqual(["reopen"]);
  });

  it("no sequence of actions reaches an inconsistent state, and refusals change nothing", () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        let state = initial;
        for (const action of actions) {
          const before = structuredClone(state);
          const result = transition(state, action, NOW);
          expect(state).toEqual(before);
          if (result.ok) {
            expect(allowedActions(before.status)).toContain(action.type);
            state = result.state;
          } else {
            expect(result.error.key).toMatch(/^cases\./);
          }
          expect(isConsistent(state)).toBe(true);
          expect(CASE_STATUSES).toContain(state.status);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("every status can reach done and given up, and every closed one can come back", () => {
    for (const status of CASE_STATUSES) {
      const actions = allowedActions(status);
      if (status === "DONE" || status === "GIVEN_UP") expect(actions).toEqual(["reopen"]);
      else expect(actions).toEqual(expect.arrayContaining(["complete", "giveUp"]));
    }
  });
});
