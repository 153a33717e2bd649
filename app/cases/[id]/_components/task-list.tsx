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
          isFirst={index === 0}
          isLast={index === steps.length - 1}
          withNote={withNote}
          canComplete={view.canComplete}
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
      <section aria-label={t("checklist")}>
        <details>
          <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-2">
            <span className="text-lg font-semibold">{t("checklist")}</span>
            <span className="text-sm text-slate-700">{t("checked", { done: view.checksDone, total: view.checks.length })}</span>
          </summary>
          <div className="flex flex-col gap-2 pt-2">
            <Rows view={view} steps={view.checks} withNote={false} />
            {view.closed ? null : <AddStepForm caseId={view.id} kind="CHECK" />}
          </div>
        </details>
      </section>
    </>
  );
}
