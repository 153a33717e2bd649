import { useTranslations } from "next-intl";
import { PROGRESS_STAGES, type ProgressStage } from "@/lib/cases/case-view";

/**
 * Where a case stands on the way to proof, in the same words on the case page,
 * the list and the dashboard: prepared → request sent → operator reviewing
 * (with the due date) → proof saved.
 */
export function ProgressTracker({ stage, due, noProof = false }: { stage: ProgressStage | null; due?: string | null; noProof?: boolean }) {
  const t = useTranslations("progress");
  const reached = stage ? PROGRESS_STAGES.indexOf(stage) : -1;
  const label = !stage
    ? t("givenUp")
    : stage === "reviewing" && due
      ? t("reviewingDue", { date: due })
      : stage === "proof" && noProof
        ? t("doneNoProof")
        : t(`stages.${stage}`);
  return (
    <div className="flex flex-col gap-1">
      <ol className="grid grid-cols-4 gap-1" aria-label={t("label")}>
        {PROGRESS_STAGES.map((name, index) => (
          <li key={name} aria-current={index === reached ? "step" : undefined}>
            <span aria-hidden className={`block h-1.5 rounded-full ${index <= reached ? "bg-brand-600" : "bg-slate-200"}`} />
            <span className="sr-only">{index < reached ? t("passed", { stage: t(`stages.${name}`) }) : t(`stages.${name}`)}</span>
          </li>
        ))}
      </ol>
      <p className="text-sm font-medium text-slate-800">{label}</p>
    </div>
  );
}
