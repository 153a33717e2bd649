"use client";

import { useTranslations } from "next-intl";
import { deleteCaseAction } from "../actions";
import { Button } from "@/components/ui/button";
import { CaseActionForm } from "@/components/cases/case-action-form";

/** `done`: the case was cancelled, so its PDF is the proof pack, not a record of the request so far. */
export function DeleteCaseForm({ caseId, done }: { caseId: string; done: boolean }) {
  const t = useTranslations("cases.delete");
  return (
    <details className="rounded-xl border border-red-200 bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-red-800">{t("summary")}</summary>
      <CaseActionForm action={deleteCaseAction} caseId={caseId} oncePerSubmission className="flex flex-col gap-3 pt-2">
        {(state) => (
          <>
            {/* The proof files go with the case: the pack is the one copy left afterwards, a tap away here. */}
            <p className="text-sm text-slate-700">
              {t.rich("warning", {
                state: done ? "done" : "open",
                pack: (chunks) => (
                  <a href={`/api/cases/${encodeURIComponent(caseId)}/proof-pack`} download className="font-medium text-brand-700 underline">
                    {chunks}
                  </a>
                ),
              })}
            </p>
            <label className="flex min-h-11 items-center gap-3 text-sm">
              <input
                type="checkbox"
                name="confirm"
                value="delete"
                defaultChecked={state.values?.confirm === "delete"}
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
