// The case's status, as a small explicit state machine. Every status change in
// the app goes through `transition`; the database only stores the result.
//
//   OPEN ─ start ─> IN_PROGRESS ─ wait ─> WAITING_FOR_OPERATOR ─ complete ─> DONE
//     │                 ^    │               │    ^                           │
//     │                 └ resume ┘ flagNeedsAction  └ wait (new date)         │
//     │                                      v                                │
//     └──────── giveUp (any open status) ─> GIVEN_UP <─── reopen ─────────────┘

export const CASE_STATUSES = [
  "OPEN",
  "IN_PROGRESS",
  "WAITING_FOR_OPERATOR",
  "DONE",
  "NEEDS_ACTION",
  "GIVEN_UP",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CLOSED_STATUSES: readonly CaseStatus[] = ["DONE", "GIVEN_UP"];

export type CaseState = {
  status: CaseStatus;
  /** When the operator's answer is due; set exactly while waiting. */
  expectedBy: Date | null;
  /** The user said they have no proof when closing as done. */
  noProofConfirmed: boolean;
  closedAt: Date | null;
};

export type CaseAction =
  | { type: "start" }
  | { type: "wait"; expectedBy: Date }
  | { type: "resume" }
  | { type: "complete"; hasProof: boolean; noProofConfirmed: boolean }
  | { type: "flagNeedsAction" }
  | { type: "giveUp" }
  | { type: "reopen" };

export type CaseActionType = CaseAction["type"];

/** Why a transition is refused: a key of the "errors" messages and its values, never a sentence. */
export type TransitionRefusal = { key: string; values?: Record<string, string> };

export type TransitionResult = { ok: true; state: CaseState } | { ok: false; error: TransitionRefusal };

const ALLOWED: Record<CaseStatus, readonly CaseActionType[]> = {
  OPEN: ["start", "wait", "complete", "giveUp"],
  IN_PROGRESS: ["wait", "complete", "flagNeedsAction", "giveUp"],
  WAITING_FOR_OPERATOR: ["wait", "resume", "complete", "flagNeedsAction", "giveUp"],
  NEEDS_ACTION: ["resume", "wait", "complete", "giveUp"],
  DONE: ["reopen"],
  GIVEN_UP: ["reopen"],
};

export function allowedActions(status: CaseStatus): readonly CaseActionType[] {
  return ALLOWED[status];
}

export function isClosed(status: CaseStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

function open(status: CaseStatus, state: CaseState): CaseState {
  return { ...state, status, expectedBy: null, closedAt: null, noProofConfirmed: false };
}

/** The state after `action`, or why it is not allowed. Never mutates `state`. */
export function transition(state: CaseState, action: CaseAction, now: Date): TransitionResult {
  if (!ALLOWED[state.status].includes(action.type)) {
    return { ok: false, error: { key: "cases.actionNotAllowed", values: { status: state.status, action: action.type } } };
  }
  switch (action.type) {
    case "start":
    case "resume":
      return { ok: true, state: open("IN_PROGRESS", state) };
    case "reopen":
      return { ok: true, state: open("IN_PROGRESS", state) };
    case "flagNeedsAction":
      return { ok: true, state: open("NEEDS_ACTION", state) };
    case "wait":
      if (Number.isNaN(action.expectedBy.getTime()) || action.expectedBy.getTime() <= now.getTime()) {
        return { ok: false, error: { key: "cases.expectedInPast" } };
      }
      return { ok: true, state: { ...open("WAITING_FOR_OPERATOR", state), expectedBy: action.expectedBy } };
    case "complete":
      if (!action.hasProof && !action.noProofConfirmed) {
        return { ok: false, error: { key: "cases.doneNeedsProof" } };
      }
      return {
        ok: true,
        state: { status: "DONE", expectedBy: null, closedAt: now, noProofConfirmed: !action.hasProof },
      };
    case "giveUp":
      return { ok: true, state: { status: "GIVEN_UP", expectedBy: null, closedAt: now, noProofConfirmed: false } };
  }
}

/** A state the rest of the app may rely on (the property tests check every reachable one). */
export function isConsistent(state: CaseState): boolean {
  const waiting = state.status === "WAITING_FOR_OPERATOR";
  const closed = isClosed(state.status);
  return (
    waiting === (state.expectedBy !== null) &&
    closed === (state.closedAt !== null) &&
    (!state.noProofConfirmed || state.status === "DONE")
  );
}
