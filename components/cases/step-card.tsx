"use client";

import {
  completeStepAction,
  deleteStepAction,
  editStepAction,
  moveStepAction,
  undoStepAction,
} from "@/app/cases/[id]/actions";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/text-area";
import { CaseActionForm } from "./case-action-form";
import { ReceiptUpload } from "./receipt-upload";
import { WhatToSay } from "./what-to-say";

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
};

export function StepCard({
  caseId,
  step,
  number,
  isFirst,
  isLast,
  withNote,
  canComplete,
}: {
  caseId: string;
  step: StepView;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  /** Procedure steps take a note (the agent's reference number); checklist items do not need one. */
  withNote: boolean;
  /** Proof added here may close the case: the upload then offers to. */
  canComplete: boolean;
}) {
  const t = useTranslations("steps");
  const finished = step.state !== "TODO";
  return (
    <li
      className={`flex flex-col gap-3 rounded-xl border p-4 ${finished ? "border-slate-200 bg-slate-50" : "border-slate-300 bg-white"}`}
      aria-label={t("label", { number, title: step.title })}
    >
      <div className="flex items-start gap-3">
        <span
          aria-hidden
          className={`mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${
            step.state === "DONE" ? "bg-emerald-600 text-white" : step.state === "SKIPPED" ? "bg-slate-300" : "bg-slate-200"
          }`}
        >
          {step.state === "DONE" ? "✓" : number}
        </span>
        <div className="flex min-w-0 flex-col gap-1">
          <h3 className={`font-semibold ${finished ? "text-slate-600" : ""}`}>{step.title}</h3>
          {step.state !== "TODO" ? (
            <p className="text-sm font-medium text-slate-700">
              {step.completedLabel
                ? t(step.state === "DONE" ? "doneOn" : "skippedOn", { date: step.completedLabel })
                : t(step.state === "DONE" ? "done" : "skipped")}
            </p>
          ) : null}
          {step.note ? <p className="text-sm text-slate-800">{t("note", { note: step.note })}</p> : null}
          {!finished && step.howTo ? <p className="text-slate-700">{step.howTo}</p> : null}
          {!finished && step.whatToBring ? (
            <p className="text-sm text-slate-700">
              {t.rich("haveReady", {
                items: step.whatToBring,
                b: (chunks) => <span className="font-semibold">{chunks}</span>,
              })}
            </p>
          ) : null}
          {!finished && step.startsWaiting ? (
            <p className="text-sm text-amber-900">{t("startsWaiting")}</p>
          ) : null}
        </div>
      </div>

      {!finished && step.whatToSay ? <WhatToSay setting={step.whatToSay} stepId={step.id} /> : null}

      {finished ? (
        <CaseActionForm action={undoStepAction} caseId={caseId} stepId={step.id}>
          <Button variant="secondary">{t("undo")}</Button>
        </CaseActionForm>
      ) : (
        <CaseActionForm action={completeStepAction} caseId={caseId} stepId={step.id} className="flex flex-col gap-2">
          {(state) => (
            <>
              {withNote ? (
                <Field
                  label={t("noteLabel")}
                  id={`note-${step.id}`}
                  name="note"
                  placeholder={t("notePlaceholder")}
                  error={state.errors?.note}
                />
              ) : null}
              <div className="flex gap-2">
                <Button name="outcome" value="DONE">
                  {t("markDone")}
                </Button>
                <Button name="outcome" value="SKIPPED" variant="secondary">
                  {t("skip")}
                </Button>
              </div>
            </>
          )}
        </CaseActionForm>
      )}

      {withNote ? (
        <details className="text-sm">
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-slate-700">{t("attachProof")}</summary>
          <ReceiptUpload caseId={caseId} stepId={step.id} canComplete={canComplete} label={t("choosePhoto")} />
        </details>
      ) : null}

      <details className="text-sm">
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-slate-700">{t("editSummary")}</summary>
        <div className="flex flex-col gap-3 pt-2">
          <CaseActionForm action={editStepAction} caseId={caseId} stepId={step.id} className="flex flex-col gap-2">
            {(state) => (
              <>
                <Field
                  label={t("title")}
                  id={`title-${step.id}`}
                  name="title"
                  defaultValue={state.values?.title ?? step.title}
                  error={state.errors?.title}
                />
                <TextArea
                  label={t("howTo")}
                  id={`howTo-${step.id}`}
                  name="howTo"
                  defaultValue={state.values?.howTo ?? step.howTo ?? ""}
                  error={state.errors?.howTo}
                />
                <Field
                  label={t("haveReadyLabel")}
                  id={`whatToBring-${step.id}`}
                  name="whatToBring"
                  defaultValue={state.values?.whatToBring ?? step.whatToBring ?? ""}
                  error={state.errors?.whatToBring}
                />
                <Button variant="secondary">{t("save")}</Button>
              </>
            )}
          </CaseActionForm>
          <div className="flex flex-wrap gap-2">
            <CaseActionForm action={moveStepAction} caseId={caseId} stepId={step.id}>
              <input type="hidden" name="direction" value="up" />
              <Button variant="quiet" disabled={isFirst} aria-label={t("moveUpLabel", { title: step.title })}>
                {t("moveUp")}
              </Button>
            </CaseActionForm>
            <CaseActionForm action={moveStepAction} caseId={caseId} stepId={step.id}>
              <input type="hidden" name="direction" value="down" />
              <Button variant="quiet" disabled={isLast} aria-label={t("moveDownLabel", { title: step.title })}>
                {t("moveDown")}
              </Button>
            </CaseActionForm>
            <CaseActionForm action={deleteStepAction} caseId={caseId} stepId={step.id}>
              <Button variant="danger">{t("delete")}</Button>
            </CaseActionForm>
          </div>
        </div>
      </details>
    </li>
  );
}
