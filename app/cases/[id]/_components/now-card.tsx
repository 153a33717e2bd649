import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { ReceiptUpload } from "./receipt-upload";
import { changeStatusAction, undoStepAction } from "../actions";
import type { CasePageView } from "../view-model";
import { AddStepForm } from "./add-step-form";
import { StepDoneForm } from "./step-done-form";
import { StepLinkButton } from "./step-link-button";
import { WaitNowForm } from "./wait-now-form";

function Card({ eyebrow, title, children }: { eyebrow: string; title: string; children: ReactNode }) {
  return (
    // Step titles, how-tos and an eSIM provider's name are as typed: a word longer than the card wraps.
    <section aria-labelledby="now-heading" className="flex flex-col gap-3 rounded-2xl border-2 border-brand-600 bg-white p-4 shadow-sm wrap-anywhere">
      <div className="flex flex-col gap-0.5">
        <p className="text-xs font-bold uppercase tracking-wide text-brand-800">{eyebrow}</p>
        <h2 id="now-heading" tabIndex={-1} className="text-xl font-bold leading-snug focus:outline-none">
          {title}
        </h2>
      </div>
      {children}
    </section>
  );
}

/** The one thing to do now on an open case, with its real link first; the rest is secondary. */
export async function NowCard({ view }: { view: CasePageView }) {
  const [t, format] = await Promise.all([getTranslations("casePage.now"), getFormatter()]);
  const { id, operator, period, review } = view;
  const eyebrow = t("eyebrow");

  if (view.now === "step" && view.current) {
    const step = view.current;
    return (
      <Card eyebrow={t("stepOf", { position: step.position, total: step.total })} title={step.title}>
        {step.skippedBefore ? (
          // One short line: the skipped step's title is in the list below, and here it pushed this step's own words off the screen.
          <CaseActionForm action={undoStepAction} caseId={id} stepId={step.skippedBefore.id} className="-my-1 flex flex-wrap items-center gap-x-1 text-sm text-slate-700">
            <span>{t("skippedBefore", { position: step.position - 1 })}</span>
            <Button variant="quiet">{t("undoSkip")}</Button>
          </CaseActionForm>
        ) : null}
        {step.howTo ? <p className="text-slate-700">{step.howTo}</p> : null}
        {step.whatToBring ? <p className="text-sm text-slate-700">{t("haveReady", { items: step.whatToBring })}</p> : null}
        {step.position === 1 && view.checksDone < view.checks.length ? (
          // The fragment opens the folded checklist (a <details> holding it expands on arrival).
          <a href="#checklist" className="flex min-h-11 items-center self-start text-sm font-medium text-brand-800 underline">
            {t("checklistFirst", { done: view.checksDone, total: view.checks.length })}
          </a>
        ) : null}
        {step.link && !step.link.beside ? <StepLinkButton link={step.link} variant="primary" /> : null}
        {step.startsWaiting ? <p className="text-sm text-amber-900">{t("handoverHint", { operator, period })}</p> : null}
        <StepDoneForm
          caseId={id}
          stepId={step.id}
          note={step.note}
          primary={!step.link || Boolean(step.link.beside)}
          handover={step.startsWaiting}
          asksReference={step.asksReference}
          whatToSay={step.whatToSay}
        />
        {step.link?.beside ? <StepLinkButton link={step.link} variant="secondary" /> : null}
      </Card>
    );
  }

  if (view.now === "waiting" && view.expectedBy) {
    // Proof added after the hand-in is most likely the answer: closing the case is then the next step.
    const answered = view.proofSinceWait > 0 && view.canComplete;
    const upload = <ReceiptUpload caseId={id} offerDone={view.offerDoneOnProof} label={t(answered ? "addAnother" : "addConfirmation")} />;
    return (
      <Card eyebrow={eyebrow} title={answered ? t("answeredTitle") : t("waitingTitle", { operator })}>
        {answered ? (
          <>
            <p className="text-slate-700">{t("answeredText", { count: view.proofSinceWait })}</p>
            <CaseActionForm action={changeStatusAction} caseId={id}>
              <input type="hidden" name="action" value="complete" />
              <Button>{t("answeredDone")}</Button>
            </CaseActionForm>
          </>
        ) : null}
        <p className="font-semibold">{t("answerDue", { date: format.dateTime(view.expectedBy, "weekdayDate") })}</p>
        <p className="text-slate-700">
          {view.nextReminderAt
            ? t("remindOn", { date: format.dateTime(view.nextReminderAt, "weekdayDate"), time: format.dateTime(view.nextReminderAt, "time") })
            : t(view.remindersOff === "account" ? "remindersOffAccount" : "remindersOff")}
        </p>
        {answered ? (
          <details className="rounded-lg border border-slate-200 px-3">
            <summary className="min-h-11 cursor-pointer py-2.5 text-sm font-semibold">{t("addAnother")}</summary>
            <div className="pb-3">{upload}</div>
          </details>
        ) : (
          upload
        )}
        {view.handoverStepId ? (
          <CaseActionForm action={undoStepAction} caseId={id} stepId={view.handoverStepId}>
            <Button variant="quiet">{t("undoHandover")}</Button>
          </CaseActionForm>
        ) : null}
      </Card>
    );
  }

  if (view.now === "needsAction") {
    return (
      <Card eyebrow={eyebrow} title={t("needsActionTitle", { operator })}>
        <p className="text-slate-700">{t("needsActionText")}</p>
        {view.contact ? <StepLinkButton link={view.contact} variant="primary" /> : null}
        <WaitNowForm caseId={id} days={review.days} counting={review.counting} label={t("waitAgain", { period })} variant={view.contact ? "secondary" : "primary"} />
      </Card>
    );
  }

  if (view.now === "noSteps") {
    return (
      <Card eyebrow={eyebrow} title={t("noStepsTitle")}>
        <p className="text-slate-700">{t("noStepsText", { operator })}</p>
        <AddStepForm caseId={id} kind="PROCEDURE" first />
      </Card>
    );
  }

  if (view.checkedAfterHandover && view.canComplete) {
    // The answer was checked without a wait on record: closing, with its proof, comes first.
    return (
      <Card eyebrow={eyebrow} title={t("answeredTitle")}>
        <p className="text-slate-700">{t("checkedText", { operator })}</p>
        <ReceiptUpload caseId={id} offerDone={view.offerDoneOnProof} label={t("addConfirmation")} />
        <WaitNowForm caseId={id} days={review.days} counting={review.counting} label={t("startWait", { period })} variant="secondary" />
      </Card>
    );
  }

  return (
    <Card eyebrow={eyebrow} title={t("stepsDoneTitle")}>
      <p className="text-slate-700">{t("stepsDoneText", { operator, period })}</p>
      <WaitNowForm caseId={id} days={review.days} counting={review.counting} label={t("startWait", { period })} variant="primary" />
    </Card>
  );
}
