import "server-only";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import { isClosed } from "@/lib/cases/case-status";
import type { CaseListItem } from "@/lib/cases/list-cases";
import { templateStepText } from "@/lib/cases/step-text";

/** The line under a case in My cases: what comes next for it. */
export async function caseNextAction(item: CaseListItem): Promise<string> {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (isClosed(item.status)) {
    // The badge says done or given up; this line says when, as the home page does.
    const date = format.dateTime(item.closedAt ?? item.updatedAt, "date");
    return t(item.status === "DONE" ? "cases.item.doneOn" : "cases.item.closedOn", { date });
  }
  // The progress tracker under this line names the due day: this line says what to do about it.
  if (item.status === "WAITING_FOR_OPERATOR" && item.expectedBy) {
    return item.expectedBy.getTime() <= Date.now() ? t("cases.item.overdue") : t("cases.item.waiting");
  }
  if (item.status === "NEEDS_ACTION") return t("cases.item.needsAction");
  if (item.nextStep) {
    const step = templateStepText(t, item.nextStepKey, item.operator)?.title ?? item.nextStep;
    const next = t("cases.item.next", { step });
    return item.leavingOn ? t("cases.item.leaving", { progress: next, date: format.dateTime(item.leavingOn, "calendarDate") }) : next;
  }
  return t("cases.item.addSteps");
}
