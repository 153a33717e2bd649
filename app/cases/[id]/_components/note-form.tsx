"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { addNoteAction } from "../actions";

export function NoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations("cases.note");
  return (
    <CaseActionForm action={addNoteAction} caseId={caseId} oncePerSubmission className="flex flex-col gap-2">
      {(state) => (
        <>
          <TextArea label={t("label")} name="text" rows={2} defaultValue={state.values?.text} error={state.errors?.text} />
          <Button variant="secondary">{t("submit")}</Button>
        </>
      )}
    </CaseActionForm>
  );
}
