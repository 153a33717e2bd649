import { useTranslations } from "next-intl";
import { PROGRESS_STAGES, type ProgressStage } from "@/lib/cases/case-view";

/**
 * Where a case stands on the way to proof, in the same words on the case page,
 * the list and the dashboard: prepared → request sent → operator reviewing
 * (with the due date) → proof saved.
 */
/** One stage's segment of the bar: filled once the case has reached it. Drawn only; the words say it. */
function StageBar({ reached }: { reached: boolean }) {
  return <span aria-hidden className={`block h-1.5 rounded-full ${reached ? "bg-brand-600" : "bg-slate-200"}`} />;
}

export function ProgressTracker({
  stage,
  due,
  noProof = false,
  compact = false,
}: {
  stage: ProgressStage | null;
  due?: string | null;
  noProof?: boolean;
  /**
   * In a list row (inside its link): the bar is drawn, and only the stage
   * reached is read out, "Stage 2 of 4: Request sent". The full list of
   * stages made every row's link text long and cost a list page 180
   * translations.
   */
  compact?: boolean;
}) {
  const t = useTranslations("progress");
  const reached = stage ? PROGRESS_STAGES.indexOf(stage) : -1;
  const label = !stage
    ? t("givenUp")
    : stage === "reviewing" && due
      ? t("reviewingDue", { date: due })
      : stage === "proof" && noProof
        ? t("doneNoProof")
        : t(`stages.${stage}`);
  if (compact) {
    return (
      <span className="flex flex-col gap-1">
        <span aria-hidden className="grid grid-cols-4 gap-1">
          {PROGRESS_STAGES.map((name, index) => (
            <StageBar key={name} reached={index <= reached} />
          ))}
        </span>
        <span className="text-sm font-medium text-slate-800">
          {stage ? <span className="sr-only">{t("position", { number: reached + 1, total: PROGRESS_STAGES.length })} </span> : null}
          {label}
        </span>
      </span>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <ol className="grid grid-cols-4 gap-1" aria-label={t("label")}>
        {PROGRESS_STAGES.map((name, index) => (
          <li key={name} aria-current={index === reached ? "step" : undefined}>
            <StageBar reached={index <= reached} />
            <span className="sr-only">{index < reached ? t("passed", { stage: t(`stages.${name}`) }) : t(`stages.${name}`)}</span>
          </li>
        ))}
      </ol>
      <p className="text-sm font-medium text-slate-800">{label}</p>
    </div>
  );
}
