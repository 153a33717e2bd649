"use client";

import { useTranslations } from "next-intl";
import { deleteCaseAction } from "../actions";
import { Button } from "@/components/ui/button";
import { CaseActionForm } from "@/components/cases/case-action-form";

export function DeleteCaseForm({ caseId }: { caseId: string }) {
  const t = useTranslations("cases.delete");
  return (
    <details className="rounded-xl border border-red-200 bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-red-800">{t("summary")}</summary>
      <CaseActionForm action={deleteCaseAction} caseId={caseId} className="flex flex-col gap-3 pt-2">
        {(state) => (
          <>
            <p className="text-sm text-slate-700">{t("warning")}</p>
            <label className="flex min-h-11 items-center gap-3 text-sm">
              <input
                type="checkbox"
                name="confirm"
                value="delete"
                className="size-5"
                aria-invalid={state.errors?.confirm ? true : undefined}
                aria-describedby={state.errors?.confirm ? `delete-confirm-error-${caseId}` : undefined}
              />
              {t("confirm")}
            </label>
            {state.errors?.confirm ? (
              <p id={`delete-confirm-error-${caseId}`} className="text-sm font-medium text-red-700">
                {state.errors.confirm}
              </p>
            ) : null}
            <Button variant="danger">{t("submit")}</Button>
          </>
        )}
      </CaseActionForm>
    </details>
  );
}
