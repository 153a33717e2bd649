"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/text-area";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { addStepAction } from "../actions";

export function AddStepForm({ caseId, kind, open = false }: { caseId: string; kind: "CHECK" | "PROCEDURE"; open?: boolean }) {
  const t = useTranslations("steps");
  const check = kind === "CHECK";
  return (
    <details open={open} className="rounded-xl border border-dashed border-slate-300 bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-800">{check ? t("addCheck") : t("addStep")}</summary>
      <CaseActionForm action={addStepAction} caseId={caseId} oncePerSubmission className="flex flex-col gap-3 pt-2">
        {(state) => (
          <>
            <input type="hidden" name="kind" value={kind} />
            <Field label={t("title")} id={`new-${kind}-title`} name="title" defaultValue={state.values?.title} error={state.errors?.title} />
            <TextArea label={t("howToOptional")} id={`new-${kind}-howTo`} name="howTo" defaultValue={state.values?.howTo} error={state.errors?.howTo} />
            <Field label={t("haveReadyOptional")} id={`new-${kind}-bring`} name="whatToBring" defaultValue={state.values?.whatToBring} error={state.errors?.whatToBring} />
            <Button variant="secondary">{check ? t("addCheckButton") : t("addStepButton")}</Button>
          </>
        )}
      </CaseActionForm>
    </details>
  );
}
