"use client";

import { addNoteAction } from "@/app/cases/[id]/actions";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { CaseActionForm } from "./case-action-form";

export function NoteForm({ caseId }: { caseId: string }) {
  return (
    <CaseActionForm action={addNoteAction} caseId={caseId} className="flex flex-col gap-2">
      {(state) => (
        <>
          <TextArea label="Add a note to the timeline" name="text" rows={2} error={state.errors?.text} />
          <Button variant="secondary">Add note</Button>
        </>
      )}
    </CaseActionForm>
  );
}
