import type { Formatter } from "@/lib/i18n/date-formatter";
import type { OperatorKey } from "./procedure-templates";
import { templateStepText, type MessageTranslator } from "./step-text";

export type TimelineEvent = { kind: string; data: unknown };

const EVENT_KINDS = [
  "CASE_CREATED",
  "CASE_EDITED",
  "STATUS_CHANGED",
  "CASE_REOPENED",
  "STEP_DONE",
  "STEP_SKIPPED",
  "STEP_UNDONE",
  "STEP_EDITED",
  "STEP_ADDED",
  "STEP_DELETED",
  "STEP_MOVED",
  "NOTE_ADDED",
  "REMINDER_SENT",
  "REMINDER_FAILED",
  "REMINDERS_SNOOZED",
  "REMINDERS_MUTED",
  "REMINDERS_UNMUTED",
  "RECEIPT_ADDED",
  "RECEIPT_DELETED",
  "REMINDER_SCHEDULE_CHANGED",
] as const;

function number(data: Record<string, unknown>, key: string): number {
  const value = data[key];
  return typeof value === "number" ? value : 0;
}

/** Which channels a reminder went through; events from before Telegram name none and were emails. */
function sentThrough(data: Record<string, unknown>): "email" | "telegram" | "both" {
  const channels = Array.isArray(data.channels) ? data.channels : ["email"];
  const telegram = channels.includes("telegram");
  return telegram ? (channels.includes("email") ? "both" : "telegram") : "email";
}

function text(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === "string" ? value : "";
}

/**
 * One line for a timeline entry, in the translator's language (and the
 * formatter's, the same); the detail (a note, a reference number) is shown under it. Steps copied from a template are
 * named in the reader's language (events keep the template's key), others as written.
 */
export function describeEvent(
  event: TimelineEvent,
  t: MessageTranslator,
  operator: OperatorKey,
  format: Pick<Formatter, "dateTime">,
): { title: string; detail: string | null } {
  const data = (typeof event.data === "object" && event.data !== null ? event.data : {}) as Record<string, unknown>;
  const stepTitle = (keyField: string, titleField: string) =>
    templateStepText(t, text(data, keyField) || null, operator)?.title ?? text(data, titleField);
  const status = (field: string) => {
    const value = text(data, field);
    return t.has(`cases.status.${value}` as never) ? t(`cases.status.${value}` as never) : value;
  };
  const kind = (EVENT_KINDS as readonly string[]).includes(event.kind) ? (event.kind as (typeof EVENT_KINDS)[number]) : null;
  if (!kind) return { title: t("timeline.events.unknown" as never), detail: null };
  const title = (values: Record<string, string> = {}) => t(`timeline.events.${kind}` as never, values as never);

  switch (kind) {
    case "STATUS_CHANGED":
      return {
        title: title({ from: status("from"), to: status("to") }),
        detail: data.noProofConfirmed === true ? t("timeline.closedWithoutProof" as never) : null,
      };
    case "CASE_REOPENED":
      return { title: title({ from: status("from"), to: status("to") }), detail: null };
    case "STEP_DONE":
    case "STEP_SKIPPED":
      return { title: title({ title: stepTitle("templateKey", "title") }), detail: text(data, "note") || null };
    case "STEP_UNDONE":
    case "STEP_ADDED":
    case "STEP_DELETED":
      return { title: title({ title: stepTitle("templateKey", "title") }), detail: null };
    case "STEP_MOVED":
      return { title: title({ title: stepTitle("templateKey", "title"), direction: text(data, "direction") }), detail: null };
    case "STEP_EDITED": {
      const now = text(data, "title");
      const previous = stepTitle("previousTemplateKey", "previousTitle");
      return { title: title({ title: now }), detail: previous && previous !== now ? t("timeline.was" as never, { title: previous } as never) : null };
    }
    case "NOTE_ADDED":
      return { title: title(), detail: text(data, "text") };
    case "REMINDER_SENT":
      return { title: title({ kind: text(data, "kind"), channels: sentThrough(data) }), detail: null };
    case "REMINDER_FAILED":
      // The mail server's reply is in English and may quote the address: the timeline says only that it failed.
      return { title: title(), detail: null };
    case "REMINDER_SCHEDULE_CHANGED":
      return {
        title: t("timeline.events.REMINDER_SCHEDULE_CHANGED" as never, { everyDays: number(data, "everyDays"), count: number(data, "count") } as never),
        detail: null,
      };
    case "REMINDERS_SNOOZED": {
      // The end of the snooze, in the reader's zone (the formatter's); older events may lack it.
      const until = new Date(text(data, "until"));
      return { title: title(), detail: Number.isNaN(until.getTime()) ? null : t("timeline.snoozedUntil" as never, { until: format.dateTime(until, "dateTime") } as never) };
    }
    case "RECEIPT_ADDED":
    case "RECEIPT_DELETED":
      return { title: title({ fileName: text(data, "fileName") }), detail: null };
    default:
      return { title: title(), detail: null };
  }
}
