import { STATUS_LABELS, type CaseStatus } from "./case-status";

const REMINDER_NAMES: Record<string, string> = {
  CHECK: "check for the answer",
  FOLLOW_UP: "how to chase",
  NEEDS_ACTION: "the case needs action",
};

export type TimelineEvent = { kind: string; data: unknown };

function text(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === "string" ? value : "";
}

function status(data: Record<string, unknown>, key: string): string {
  const value = text(data, key);
  return value in STATUS_LABELS ? STATUS_LABELS[value as CaseStatus] : value;
}

/** One line for a timeline entry; the detail (a note, a reference number) is shown under it. */
export function describeEvent(event: TimelineEvent): { title: string; detail: string | null } {
  const data = (typeof event.data === "object" && event.data !== null ? event.data : {}) as Record<string, unknown>;
  switch (event.kind) {
    case "CASE_CREATED":
      return { title: "Case opened", detail: null };
    case "CASE_EDITED":
      return { title: "Case details edited", detail: null };
    case "STATUS_CHANGED":
      return {
        title: `Status: ${status(data, "from")} → ${status(data, "to")}`,
        detail: data.noProofConfirmed === true ? "Closed without proof of cancellation, as confirmed." : null,
      };
    case "CASE_REOPENED":
      return { title: `Reopened: ${status(data, "from")} → ${status(data, "to")}`, detail: null };
    case "STEP_DONE":
      return { title: `Done: ${text(data, "title")}`, detail: text(data, "note") || null };
    case "STEP_SKIPPED":
      return { title: `Skipped: ${text(data, "title")}`, detail: text(data, "note") || null };
    case "STEP_UNDONE":
      return { title: `Undone: ${text(data, "title")}`, detail: null };
    case "STEP_EDITED":
      return {
        title: `Step edited: ${text(data, "title")}`,
        detail: text(data, "previousTitle") ? `Was: ${text(data, "previousTitle")}` : null,
      };
    case "STEP_ADDED":
      return { title: `Step added: ${text(data, "title")}`, detail: null };
    case "STEP_DELETED":
      return { title: `Step deleted: ${text(data, "title")}`, detail: null };
    case "STEP_MOVED":
      return { title: `Step moved ${text(data, "direction")}: ${text(data, "title")}`, detail: null };
    case "NOTE_ADDED":
      return { title: "Note", detail: text(data, "text") };
    case "REMINDER_SENT":
      return { title: `Reminder emailed: ${REMINDER_NAMES[text(data, "kind")] ?? "reminder"}`, detail: null };
    case "REMINDER_FAILED":
      return { title: "A reminder email could not be delivered", detail: text(data, "error") || null };
    case "REMINDERS_SNOOZED":
      return { title: "Reminders snoozed", detail: null };
    case "REMINDERS_MUTED":
      return { title: "Reminders muted for this case", detail: null };
    case "RECEIPT_ADDED":
      return { title: `Proof added: ${text(data, "fileName")}`, detail: null };
    case "RECEIPT_DELETED":
      return { title: `Proof deleted: ${text(data, "fileName")}`, detail: null };
    case "REMINDERS_UNMUTED":
      return { title: "Reminders turned back on", detail: null };
    default:
      return { title: event.kind, detail: null };
  }
}
