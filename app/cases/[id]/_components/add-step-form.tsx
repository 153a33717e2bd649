"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/text-area";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { addStepAction } from "../actions";

/**
 * `first`: the case has no steps and this is the "Now" card's one action. Only
 * the title is asked on the first screen, with the button under it; how to do
 * it and what to have ready fold away (opened again when they hold something).
 */
export function AddStepForm({ caseId, kind, first = false }: { caseId: string; kind: "CHECK" | "PROCEDURE"; first?: boolean }) {
  const t = useTranslations("steps");
  const check = kind === "CHECK";
  const form = (
    <CaseActionForm action={addStepAction} caseId={caseId} oncePerSubmission className={first ? "flex flex-col gap-3" : "flex flex-col gap-3 pt-2"}>
      {(state) => {
        const optional = (
          <>
            <TextArea label={t("howToOptional")} id={`new-${kind}-howTo`} name="howTo" defaultValue={state.values?.howTo} error={state.errors?.howTo} />
            <Field label={t("haveReadyOptional")} id={`new-${kind}-bring`} name="whatToBring" defaultValue={state.values?.whatToBring} error={state.errors?.whatToBring} />
          </>
        );
        const filled = Boolean(state.values?.howTo || state.values?.whatToBring || state.errors?.howTo || state.errors?.whatToBring);
        return (
          <>
            <input type="hidden" name="kind" value={kind} />
            <Field label={t("title")} id={`new-${kind}-title`} name="title" defaultValue={state.values?.title} error={state.errors?.title} />
            {first ? (
              <details open={filled} className="rounded-lg border border-slate-200 px-3">
                <summary className="min-h-11 cursor-pointer py-2.5 text-sm font-semibold">{t("moreOptional")}</summary>
                <div className="flex flex-col gap-3 pb-3">{optional}</div>
              </details>
            ) : (
              optional
            )}
            <Button variant={first ? "primary" : "secondary"}>{check ? t("addCheckButton") : t("addStepButton")}</Button>
          </>
        );
      }}
    </CaseActionForm>
  );
  if (first) return form;
  return (
    <details className="rounded-xl border border-dashed border-slate-300 bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-800">{check ? t("addCheck") : t("addStep")}</summary>
      {form}
    </details>
  );
}
