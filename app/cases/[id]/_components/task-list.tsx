import { getTranslations } from "next-intl/server";
import type { CasePageView } from "../view-model";
import { AddStepForm } from "./add-step-form";
import { TaskRow, type StepView } from "./task-row";

function Rows({ view, steps, withNote }: { view: CasePageView; steps: StepView[]; withNote: boolean }) {
  return (
    <ol className="flex flex-col rounded-xl border border-slate-200 bg-white px-3">
      {steps.map((step, index) => (
        <TaskRow
          key={step.id}
          caseId={view.id}
          step={step}
          number={index + 1}
          neighbours={{ above: steps[index - 1]?.id ?? null, below: steps[index + 1]?.id ?? null }}
          withNote={withNote}
          offerDone={view.offerDoneOnProof}
          isCurrent={step.id === view.currentId}
          readOnly={view.closed}
        />
      ))}
    </ol>
  );
}

/** The procedure as a task list, and the checklist folded under its count. */
export async function TaskList({ view }: { view: CasePageView }) {
  const t = await getTranslations("casePage.tasks");
  return (
    <>
      {view.procedureSteps.length > 0 ? (
        <section aria-labelledby="steps-heading" className="flex flex-col gap-2">
          <h2 id="steps-heading" className="text-lg font-semibold">
            {t("heading")}
          </h2>
          <Rows view={view} steps={view.procedureSteps} withNote />
          {view.closed ? null : <AddStepForm caseId={view.id} kind="PROCEDURE" />}
        </section>
      ) : null}
      {/* A closed case with no check ticked has nothing left to check, nor anything to look back on. */}
      {view.closed && view.checksDone === 0 ? null : (
        <section aria-label={t("checklist")}>
          <details className="group">
            <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 [&::-webkit-details-marker]:hidden">
              {/* A flex summary loses the browser's own triangle: this one says it opens. */}
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0 text-slate-600 transition-transform group-open:rotate-90">
                <path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              <span className="text-lg font-semibold">{t("checklist")}</span>
              <span className="ml-auto text-sm text-slate-700">{t("checked", { done: view.checksDone, total: view.checks.length })}</span>
            </summary>
            {/* Reached by "Before you start: 4 checks": its heading, just above, stays in sight. */}
            <div id="checklist" className="flex scroll-mt-16 flex-col gap-2 pt-2">
              <Rows view={view} steps={view.checks} withNote={false} />
              {view.closed ? null : <AddStepForm caseId={view.id} kind="CHECK" />}
            </div>
          </details>
        </section>
      )}
    </>
  );
}
