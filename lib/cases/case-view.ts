import { isClosed, type CaseStatus } from "./case-status";

// What a case page (and a row in a list) shows first, worked out from the case
// alone: the one thing to do now, and where the case stands on the way to proof.

type Step = { id: string; kind: "CHECK" | "PROCEDURE"; state: "TODO" | "DONE" | "SKIPPED"; startsWaiting: boolean; note: string | null };
type Event = { kind: string; data: unknown };

/** The first procedure step not done or skipped. */
export function currentStep<S extends Step>(steps: readonly S[]): S | null {
  return steps.find((step) => step.kind === "PROCEDURE" && step.state === "TODO") ?? null;
}

export type NowKind = "step" | "stepsDone" | "noSteps" | "waiting" | "needsAction" | "closed";

/** Which "Now" card an open case shows, or "closed" for its summary. */
export function nowKind(status: CaseStatus, steps: readonly Step[]): NowKind {
  if (isClosed(status)) return "closed";
  if (status === "WAITING_FOR_OPERATOR") return "waiting";
  if (status === "NEEDS_ACTION") return "needsAction";
  if (currentStep(steps)) return "step";
  return steps.some((step) => step.kind === "PROCEDURE") ? "stepsDone" : "noSteps";
}

/**
 * The step whose handover started the current wait, while that wait is the
 * case's latest status change (events newest first): its undo ends the wait.
 */
export function handoverStepId(status: CaseStatus, events: readonly Event[], steps: readonly Step[]): string | null {
  if (status !== "WAITING_FOR_OPERATOR") return null;
  const latest = events.find((event) => event.kind === "STATUS_CHANGED" || event.kind === "CASE_REOPENED");
  const data = (typeof latest?.data === "object" && latest.data !== null ? latest.data : {}) as Record<string, unknown>;
  const id = data.to === "WAITING_FOR_OPERATOR" && typeof data.handoverStepId === "string" ? data.handoverStepId : null;
  return id && steps.some((step) => step.id === id && step.state === "DONE") ? id : null;
}

/** Whether an event is a wait's start: the request handed over, by its step or by hand. */
export function isWaitStart(event: Event): boolean {
  return event.kind === "STATUS_CHANGED" && (event.data as { to?: unknown } | null)?.to === "WAITING_FOR_OPERATOR";
}

/** The four stages every page names the same way: prepared → request sent → operator reviewing → proof saved. */
export const PROGRESS_STAGES = ["prepared", "sent", "reviewing", "proof"] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

/**
 * The stage a case has reached; null for a case given up. The request counts
 * as sent once its hand-over step is done or the wait has started: steps
 * skipped, or done without a hand-over, send nothing.
 */
export function progressStage(input: { status: CaseStatus; handedOver: boolean }): ProgressStage | null {
  switch (input.status) {
    case "GIVEN_UP":
      return null;
    case "DONE":
      return "proof";
    case "WAITING_FOR_OPERATOR":
    case "NEEDS_ACTION":
      return "reviewing";
    default:
      return input.handedOver ? "sent" : "prepared";
  }
}

// A reference is a run of Latin letters, digits and dashes with at least one digit, 4 or more
// long: "SM-4821", "7781". Latin only: Chinese has no spaces, and with its characters counted
// as letters "客服说12月5日前办完" was a reference. Full-width "ＳＭ４８２１" is read as "SM4821".
const REFERENCE = /(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9](?![A-Za-z0-9-])/g;

/** Reference numbers found in the notes, each once, in the order given. */
export function referenceNumbers(notes: readonly (string | null)[]): string[] {
  const found = notes.flatMap((note) => (note ? (note.normalize("NFKC").match(REFERENCE) ?? []) : []));
  return [...new Set(found.filter((token) => /\d/.test(token) && (token.match(/\d/g)?.length ?? 0) >= 3))];
}

/**
 * Every note the owner wrote on a case: the steps' in step order, then the
 * timeline's in the events' order. A reference the agent gives on a call is
 * as often written down as a timeline note as on a step.
 */
export function caseNoteTexts(steps: readonly { note: string | null }[], events: readonly Event[]): (string | null)[] {
  const timeline = events.map((event) => {
    if (event.kind !== "NOTE_ADDED" || typeof event.data !== "object" || event.data === null) return null;
    const text = (event.data as Record<string, unknown>).text;
    return typeof text === "string" ? text : null;
  });
  return [...steps.map((step) => step.note), ...timeline];
}
