"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { ReceiptUpload } from "./receipt-upload";
import { completeStepAction, undoStepAction } from "../actions";
import { StepEditor, type StepNeighbours } from "./step-editor";
import { StepLinkButton, type StepLinkView } from "./step-link-button";
import { WhatToSayButton } from "./what-to-say-button";

export type StepView = {
  id: string;
  title: string;
  howTo: string | null;
  whatToBring: string | null;
  state: "TODO" | "DONE" | "SKIPPED";
  note: string | null;
  completedLabel: string | null;
  startsWaiting: boolean;
  /** A step spent talking to the operator's people: the "What to say" card, for a call or a store. */
  whatToSay: "call" | "store" | null;
  link: StepLinkView | null;
};

const MARK = { TODO: "bg-white border-2 border-slate-400", DONE: "bg-emerald-600 text-white", SKIPPED: "bg-slate-300 text-slate-800" };

/**
 * One row of the task list (the GOV.UK pattern): the title and its status;
 * opening it shows how to do it, what to bring, and what can be changed.
 */
export function TaskRow({
  caseId,
  step,
  number,
  neighbours,
  withNote,
  offerDone,
  isCurrent,
  readOnly,
}: {
  caseId: string;
  step: StepView;
  number: number;
  /** The steps just above and below this one in its list (null at either end): what "Move up" and "Move down" pass. */
  neighbours: StepNeighbours;
  /** Procedure steps take a note and proof; checklist items do not need them. */
  withNote: boolean;
  /** Once proof is added to the step, offer to close the case (only after the request went out). */
  offerDone: boolean;
  /** The step the "Now" card shows. */
  isCurrent: boolean;
  /** A closed case: nothing to change, only to read. */
  readOnly: boolean;
}) {
  const t = useTranslations("steps");
  const tags = useTranslations("casePage.tasks");
  const finished = step.state !== "TODO";
  // A closed case has nothing "to do" any more: what was left undone says so.
  const tag = isCurrent ? tags("now") : readOnly && step.state === "TODO" ? tags("state.closedTodo") : tags(`state.${step.state}`);
  // A row's controls (up to six forms) are drawn once it is opened: a case of
  // a dozen steps drew 54 forms and 367 inputs that the phone had to hydrate
  // before the page answered a tap. The words stay in the page as they are.
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    // Opened before the page was interactive: the toggle event came before React listened.
    if (details.current?.open) setOpened(true);
  }, []);
  // "Mark done" here is replaced by "Undo" once it worked (and the other way
  // round): the pressed button is gone and focus would fall to the page's
  // start. It goes to the row's own line instead, which now reads the new state.
  const summary = useRef<HTMLElement>(null);
  const pressedHere = useRef(false);
  const shownState = useRef(step.state);
  useEffect(() => {
    if (shownState.current === step.state) return;
    shownState.current = step.state;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (pressedHere.current && lost) summary.current?.focus();
    pressedHere.current = false;
  }, [step.state]);
  return (
    <li aria-label={t(withNote ? "label" : "checkLabel", { number, title: step.title })} className="border-b border-slate-200 last:border-b-0">
      <details
        ref={details}
        className="group"
        onToggle={(event) => event.currentTarget.open && setOpened(true)}
        onSubmitCapture={() => {
          pressedHere.current = true;
        }}
      >
        <summary
          ref={summary}
          className="flex min-h-12 cursor-pointer list-none items-center gap-3 py-2 [&::-webkit-details-marker]:hidden">
          <span aria-hidden className={`flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${MARK[step.state]}`}>
            {step.state === "DONE" ? "✓" : step.state === "SKIPPED" ? "–" : ""}
          </span>
          <span className={`min-w-0 flex-1 wrap-anywhere ${finished || readOnly ? "text-slate-600" : "font-medium"}`}>{step.title}</span>
          <span
            className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${
              isCurrent ? "bg-brand-700 text-white" : finished || readOnly ? "bg-slate-100 text-slate-700" : "bg-sky-50 text-sky-900"
            }`}
          >
            {tag}
          </span>
        </summary>
        <div className="flex flex-col gap-3 pb-4 pl-9 text-sm wrap-anywhere">
          {finished ? (
            <p className="font-medium text-slate-700">
              {step.completedLabel
                ? t(step.state === "DONE" ? "doneOn" : "skippedOn", { date: step.completedLabel })
                : t(step.state === "DONE" ? "done" : "skipped")}
            </p>
          ) : null}
          {step.note ? <p className="text-slate-800">{t("note", { note: step.note })}</p> : null}
          {step.howTo ? <p className="text-slate-700">{step.howTo}</p> : null}
          {step.whatToBring ? (
            <p className="text-slate-700">
              {t.rich("haveReady", { items: step.whatToBring, b: (chunks) => <span className="font-semibold">{chunks}</span> })}
            </p>
          ) : null}
          {!finished && step.startsWaiting ? <p className="text-amber-900">{t("startsWaiting")}</p> : null}
          {readOnly || !opened ? null : (
            <>
              {!finished && (step.link || step.whatToSay) ? (
                <div className="flex flex-wrap gap-2">
                  {step.link ? <StepLinkButton link={step.link} variant="secondary" /> : null}
                  {step.whatToSay ? <WhatToSayButton setting={step.whatToSay} /> : null}
                </div>
              ) : null}
              {finished ? (
                <CaseActionForm action={undoStepAction} caseId={caseId} stepId={step.id}>
                  <Button variant="secondary">{t("undo")}</Button>
                </CaseActionForm>
              ) : isCurrent ? null : (
                <CaseActionForm action={completeStepAction} caseId={caseId} stepId={step.id} className="flex flex-wrap gap-2">
                  <Button name="outcome" value="DONE" variant="secondary">
                    {t("markDone")}
                  </Button>
                  <Button name="outcome" value="SKIPPED" variant="quiet">
                    {t("skip")}
                  </Button>
                </CaseActionForm>
              )}
              {withNote ? (
                <details>
                  <summary className="min-h-11 cursor-pointer py-2 font-medium text-slate-700">{t("attachProof")}</summary>
                  <ReceiptUpload caseId={caseId} stepId={step.id} offerDone={offerDone} label={t("choosePhoto")} />
                </details>
              ) : null}
              <StepEditor caseId={caseId} step={step} neighbours={neighbours} />
            </>
          )}
        </div>
      </details>
    </li>
  );
}
