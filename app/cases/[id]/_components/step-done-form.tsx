"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { STEP_NOTE_MAX } from "@/lib/cases/case-fields";
import { completeStepAction } from "../actions";
import { WhatToSayButton } from "./what-to-say-button";

/**
 * The current step's "Mark done", with skip and a note folded away. A step that
 * asks for the agent's reference number asks for it in sight, above the button:
 * folded below it, the number was missed on the call. It is kept as the step's
 * note, which the timeline and the proof pack show. A handover step says that
 * marking it done starts the wait.
 */
export function StepDoneForm({
  caseId,
  stepId,
  note,
  primary,
  handover,
  asksReference,
  whatToSay,
}: {
  caseId: string;
  stepId: string;
  /** What was noted when the step was last marked done, before an undo: offered again rather than lost. */
  note: string | null;
  primary: boolean;
  handover: boolean;
  asksReference: boolean;
  /** A talking step: "What to say" sits beside "Mark done". */
  whatToSay: "call" | "store" | null;
}) {
  const t = useTranslations("casePage.now");
  return (
    <CaseActionForm action={completeStepAction} caseId={caseId} stepId={stepId} className="flex flex-col gap-2">
      {(state) => {
        const noteField = (label: string, hint?: string) => (
          <Field label={label} hint={hint} id={`now-note-${stepId}`} name="note" maxLength={STEP_NOTE_MAX} defaultValue={state.values?.note ?? note ?? undefined} error={state.errors?.note} />
        );
        const skip = (
          <Button name="outcome" value="SKIPPED" variant="quiet">
            {t("skip")}
          </Button>
        );
        return (
          <>
            {asksReference ? noteField(t("referenceLabel"), t("referenceHint")) : null}
            <div className={whatToSay ? "grid grid-cols-2 gap-2" : "flex flex-col"}>
              <Button name="outcome" value="DONE" variant={primary ? "primary" : "secondary"} size="large">
                {handover ? t("handoverDone") : t("markDone")}
              </Button>
              {whatToSay ? <WhatToSayButton setting={whatToSay} large /> : null}
            </div>
            {asksReference ? (
              <div>{skip}</div>
            ) : (
              <div className="flex flex-wrap items-start gap-x-2">
                {/* Open while it holds words: after a failed send they are kept, and must be seen. Open, it takes the whole row: beside Skip its field was narrower than the card. */}
                <details className="min-w-0 flex-1 open:basis-full" open={Boolean(state.errors?.note || (state.values?.note ?? note))}>
                  <summary className="min-h-11 cursor-pointer py-2.5 text-sm font-medium text-slate-700">{t("addNote")}</summary>
                  {noteField(t("noteLabel"))}
                </details>
                {skip}
              </div>
            )}
          </>
        );
      }}
    </CaseActionForm>
  );
}
