import "server-only";
import { type getTranslations } from "next-intl/server";
import { type getFormatter } from "@/i18n/get-formatter";
import { allowedActions, isClosed } from "@/lib/cases/case-status";
import { caseNoteTexts, currentStep, handoverStepId, isWaitStart, nowKind, progressStage, referenceNumbers } from "@/lib/cases/case-view";
import type { CaseDetail } from "@/lib/cases/get-case";
import { caseTitle } from "@/lib/cases/case-title";
import { planAroundFlight } from "@/lib/cases/plan-around-flight";
import { operatorName } from "@/lib/cases/operator-name";
import { formatPhone } from "@/lib/cases/phone-number";
import { findStepTemplate, PROCEDURES, WHAT_TO_SAY_STEPS } from "@/lib/cases/procedure-templates";
import { stepText } from "@/lib/cases/step-text";
import { operatorContact, stepLink } from "@/lib/cases/step-links";
import type { StepView } from "./_components/task-row";

export type Translator = Awaited<ReturnType<typeof getTranslations<never>>>;
export type Format = Awaited<ReturnType<typeof getFormatter>>;

/**
 * Everything the case page shows, worked out once from the case: the sections
 * render it and ask nothing of the database.
 */
export function casePageView(detail: CaseDetail, t: Translator, format: Format) {
  // Muted on this case, or off for the whole account: each is turned back on in its own place.
  const remindersOff = detail.remindersMuted ? ("case" as const) : !detail.owner.remindersEnabled ? ("account" as const) : null;
  const operator = operatorName(t, detail.operator, detail.providerName);
  const procedure = PROCEDURES[detail.operator];
  const allowed = allowedActions(detail.status);
  const closed = isClosed(detail.status);
  const current = currentStep(detail.steps);
  const view = (step: CaseDetail["steps"][number]): StepView => {
    const link = stepLink(step.templateKey, detail.operator, detail.providerName);
    return {
      id: step.id,
      ...stepText(t, step, detail.operator),
      state: step.state,
      note: step.note,
      startsWaiting: step.startsWaiting,
      completedLabel: step.completedAt ? format.dateTime(step.completedAt, "dateTime") : null,
      whatToSay: step.templateKey ? (WHAT_TO_SAY_STEPS[step.templateKey] ?? null) : null,
      link: link ? { kind: link.kind, href: link.href, target: link.target, beside: link.beside ?? false } : null,
    };
  };
  const procedureSteps = detail.steps.filter((step) => step.kind === "PROCEDURE");
  const checks = detail.steps.filter((step) => step.kind === "CHECK");
  const review = {
    days: detail.reviewDays ?? procedure.review.days,
    counting: detail.reviewCounting ?? procedure.review.counting,
  } as const;
  const handoverAt = procedureSteps.findIndex((step) => step.startsWaiting);
  const previous = current ? procedureSteps[procedureSteps.indexOf(current) - 1] : undefined;
  const afterHandover = handoverAt >= 0 ? procedureSteps.slice(handoverAt + 1) : [];
  const nextReminder = detail.reminders.find((reminder) => reminder.state === "SCHEDULED") ?? null;
  const contact = operatorContact(detail.operator, detail.providerName);
  const handedOver = procedureSteps.some((step) => step.startsWaiting && step.state === "DONE");
  const checkedAfterHandover = afterHandover.length > 0 && afterHandover.every((step) => step.state === "DONE");
  const channel = t(`procedures.operators.${detail.operator}.channel`);

  return {
    id: detail.id,
    status: detail.status,
    title: caseTitle(t, detail),
    // Under the title, whole: the agent asks for the SIM's number, and a nickname (or the
    // title's last four digits) does not give it.
    identity: identityLine(operator, detail),
    operator,
    allowed,
    closed,
    canComplete: allowed.includes("complete"),
    // Proof added before the request went out is more likely a passport scan or
    // the shop's form than the operator's answer: closing is not offered on it.
    offerDoneOnProof:
      allowed.includes("complete") &&
      (handedOver || checkedAfterHandover || detail.events.some(isWaitStart)),
    now: nowKind(detail.status, detail.steps),
    current: current
      ? {
          ...view(current),
          // Only the template's own words ask for it: a step the user rewrote says what it says.
          asksReference: Boolean(findStepTemplate(current.templateKey)?.asksReference),
          position: procedureSteps.indexOf(current) + 1,
          total: procedureSteps.length,
          // Skip acts in one tap: the step it just passed over stays in sight, with its undo, until the next is done.
          skippedBefore: previous?.state === "SKIPPED" ? { id: previous.id } : null,
        }
      : null,
    procedureSteps: procedureSteps.map(view),
    checks: checks.map(view),
    checksDone: checks.filter((step) => step.state !== "TODO").length,
    currentId: closed ? null : (current?.id ?? null),
    handoverStepId: handoverStepId(detail.status, detail.events, detail.steps),
    stage: progressStage({ status: detail.status, handedOver }),
    review,
    /** "3 days", "7 working days". */
    period: t("casePage.period", { days: review.days, counting: review.counting }),
    expectedBy: detail.expectedBy,
    nextReminderAt: remindersOff ? null : (nextReminder?.dueAt ?? null),
    remindersOff,
    contact: contact ? { kind: contact.kind, href: contact.href, target: contact.target } : null,
    // Steps first, then the timeline oldest first, as the proof pack lists them.
    references: referenceNumbers(caseNoteTexts(procedureSteps, [...detail.events].reverse())),
    channel,
    // How the request went, on the closed case's summary: not said of one given up before it went.
    requestedThrough: detail.status !== "GIVEN_UP" || handedOver || detail.events.some(isWaitStart) ? channel : null,
    closedAt: detail.closedAt,
    flight: planAroundFlight(detail, detail.owner.timeZone),
    noProofConfirmed: detail.noProofConfirmed,
    /** The steps after the hand-over (the answer checked) are done, though the wait never started: the hand-over was skipped. */
    checkedAfterHandover,
    /** Files added since the request was handed in: most likely the operator's answer. */
    proofSinceWait: detail.waitingSince ? detail.receipts.filter((receipt) => receipt.createdAt >= detail.waitingSince!).length : 0,
  };
}

export type CasePageView = ReturnType<typeof casePageView>;

function identityLine(operator: string, detail: Pick<CaseDetail, "nickname" | "phoneNumber" | "orderNumber">): string | null {
  const number = detail.phoneNumber ? formatPhone(detail.phoneNumber) : detail.orderNumber;
  if (number) return `${operator} · ${number}`;
  return detail.nickname ? operator : null;
}
