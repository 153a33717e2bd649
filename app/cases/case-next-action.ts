import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { isClosed } from "@/lib/cases/case-status";
import type { CaseListItem } from "@/lib/cases/list-cases";
import { templateStepText } from "@/lib/cases/step-text";

/** The line under a case in My cases: what comes next for it. */
export async function caseNextAction(item: CaseListItem): Promise<string> {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (isClosed(item.status)) return t("cases.item.closed");
  if (item.status === "WAITING_FOR_OPERATOR" && item.expectedBy) {
    return t("cases.item.checkBy", { date: format.dateTime(item.expectedBy, "weekdayDate") });
  }
  if (item.status === "NEEDS_ACTION") return t("cases.item.needsAction");
  if (item.nextStep) {
    const step = templateStepText(t, item.nextStepKey, item.operator)?.title ?? item.nextStep;
    const next = t("cases.item.next", { step });
    return item.leavingOn ? t("cases.item.leaving", { progress: next, date: format.dateTime(item.leavingOn, "calendarDate") }) : next;
  }
  return t("cases.item.addSteps");
}
