import "server-only";
import type { CaseStatus } from "@/lib/cases/case-status";
import { isClosed } from "@/lib/cases/case-status";
import type { Prisma } from "@/lib/db/client";
import { caseTitle } from "@/lib/cases/case-title";
import { operatorName } from "@/lib/cases/operator-name";
import type { OperatorKey } from "@/lib/cases/procedure-templates";
import type { getTranslator } from "@/lib/i18n/translator";
import type { IcsEvent } from "./build-ics";

/** What the calendar reads of a case: the same for the one-case file and the feed. */
export const CALENDAR_CASE_SELECT = {
  id: true,
  operator: true,
  providerName: true,
  nickname: true,
  phoneNumber: true,
  orderNumber: true,
  status: true,
  expectedBy: true,
  leavingOn: true,
  reminderRound: true,
  updatedAt: true,
  reminders: {
    where: { state: "SCHEDULED" },
    orderBy: [{ dueAt: "asc" }, { sequence: "asc" }],
    select: { kind: true, sequence: true, round: true, dueAt: true, updatedAt: true },
  },
} satisfies Prisma.CaseSelect;

export type CalendarCase = {
  id: string;
  operator: OperatorKey;
  providerName: string | null;
  nickname: string | null;
  phoneNumber: string | null;
  orderNumber: string | null;
  status: CaseStatus;
  expectedBy: Date | null;
  leavingOn: Date | null;
  reminderRound: number;
  updatedAt: Date;
  reminders: { kind: "CHECK" | "FOLLOW_UP" | "NEEDS_ACTION"; sequence: number; round: number; dueAt: Date; updatedAt: Date }[];
};

type Translator = Awaited<ReturnType<typeof getTranslator>>;

const EXPECTED_MINUTES = 30;
const REMINDER_MINUTES = 15;
// Seconds since 2025-01-01: SEQUENCE grows with every change yet stays well inside a 32-bit integer.
const SEQUENCE_EPOCH_MS = Date.UTC(2025, 0, 1);

function sequenceOf(changedAt: Date): number {
  return Math.max(0, Math.floor((changedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000));
}

function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** The case's open deadlines as calendar events, in the owner's language; nothing for a closed case. */
export function describeCaseDeadlines(found: CalendarCase, t: Translator, appUrl: string): IcsEvent[] {
  if (isClosed(found.status)) return [];
  const operator = operatorName(t, found.operator, found.providerName);
  const caseLabel = caseTitle(t, found);
  const url = `${appUrl}/cases/${found.id}`;
  const withLink = (text: string) => `${text}\n\n${t("calendar.ics.openCase", { url })}`;
  const hint = t(`chaseHints.${found.operator}`);
  const events: IcsEvent[] = [];

  if (found.status === "WAITING_FOR_OPERATOR" && found.expectedBy) {
    events.push({
      uid: `case-${found.id}-expected@simcase`,
      sequence: sequenceOf(found.updatedAt),
      stamp: found.updatedAt,
      start: found.expectedBy,
      durationMinutes: EXPECTED_MINUTES,
      summary: t("calendar.ics.expectedSummary", { operator, caseLabel }),
      description: withLink(t("calendar.ics.expectedDescription", { operator })),
      url,
    });
    // Rows of an older round are about to be replaced by the reminder sync: only the current plan counts.
    for (const reminder of found.reminders.filter((r) => r.round === found.reminderRound)) {
      // Reminder rows are re-created on every reschedule, so their own time says when the plan last changed.
      const changedAt = later(found.updatedAt, reminder.updatedAt);
      const text =
        reminder.kind === "CHECK"
          ? { summary: t("calendar.ics.checkSummary", { operator, caseLabel }), description: t("calendar.ics.checkDescription", { operator }) }
          : reminder.kind === "FOLLOW_UP"
            ? { summary: t("calendar.ics.followUpSummary", { operator, caseLabel }), description: t("calendar.ics.followUpDescription", { hint }) }
            : {
                summary: t("calendar.ics.needsActionSummary", { operator, caseLabel }),
                description: t("calendar.ics.needsActionDescription", { hint }),
              };
      events.push({
        uid: `case-${found.id}-reminder-${reminder.sequence}@simcase`,
        sequence: sequenceOf(changedAt),
        stamp: changedAt,
        start: reminder.dueAt,
        durationMinutes: REMINDER_MINUTES,
        summary: text.summary,
        description: withLink(text.description),
        url,
      });
    }
  }

  if (found.leavingOn) {
    events.push({
      uid: `case-${found.id}-leaving@simcase`,
      sequence: sequenceOf(found.updatedAt),
      stamp: found.updatedAt,
      // Stored as UTC midnight: the date part is the day the user typed.
      date: found.leavingOn.toISOString().slice(0, 10),
      summary: t("calendar.ics.leavingSummary", { caseLabel }),
      description: withLink(t("calendar.ics.leavingDescription")),
      url,
    });
  }
  return events;
}
