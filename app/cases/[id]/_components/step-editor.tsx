"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/text-area";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { deleteStepAction, editStepAction, moveStepAction } from "../actions";

type EditableStep = { id: string; title: string; howTo: string | null; whatToBring: string | null };

export type StepNeighbours = { above: string | null; below: string | null };

/** "Edit, move or delete": a step's words are the case's own copy, changed here. */
export function StepEditor({ caseId, step, neighbours }: { caseId: string; step: EditableStep; neighbours: StepNeighbours }) {
  const t = useTranslations("steps");
  return (
    <details>
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-slate-700">{t("editSummary")}</summary>
      <div className="flex flex-col gap-3 pt-2">
        <CaseActionForm action={editStepAction} caseId={caseId} stepId={step.id} className="flex flex-col gap-2">
          {(state) => (
            <>
              <Field label={t("title")} id={`title-${step.id}`} name="title" defaultValue={state.values?.title ?? step.title} error={state.errors?.title} />
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
            {/* The step it moves past, as seen: the server moves it only past that one, so a second tap cannot move it twice. */}
            <input type="hidden" name="swapWith" value={neighbours.above ?? ""} />
            <Button variant="quiet" disabled={!neighbours.above} aria-label={t("moveUpLabel", { title: step.title })}>
              {t("moveUp")}
            </Button>
          </CaseActionForm>
          <CaseActionForm action={moveStepAction} caseId={caseId} stepId={step.id}>
            <input type="hidden" name="direction" value="down" />
            <input type="hidden" name="swapWith" value={neighbours.below ?? ""} />
            <Button variant="quiet" disabled={!neighbours.below} aria-label={t("moveDownLabel", { title: step.title })}>
              {t("moveDown")}
            </Button>
          </CaseActionForm>
          <CaseActionForm action={deleteStepAction} caseId={caseId} stepId={step.id}>
            <Button variant="danger">{t("delete")}</Button>
          </CaseActionForm>
        </div>
      </div>
    </details>
  );
}
