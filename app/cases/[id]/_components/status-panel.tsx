"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { CaseActionType } from "@/lib/cases/case-status";
import type { ReviewCounting } from "@/lib/time/working-days";
import { CountSelect } from "@/components/ui/count-select";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { SENTENCE_GAP, toLocale } from "@/lib/i18n/locales";
import { changeStatusAction } from "../actions";

const SIMPLE = [
  { action: "resume", variant: "secondary" },
  { action: "flagNeedsAction", variant: "secondary" },
] as const satisfies readonly { action: CaseActionType; variant: "primary" | "secondary" | "danger" }[];

/** The status changes that are not the "Now" card's: the wait set by hand, done, chase, give up. */
export function StatusPanel({
  caseId,
  allowed,
  waiting,
  review,
  waitHint,
  hasProof,
}: {
  hasProof: boolean;
  caseId: string;
  allowed: readonly CaseActionType[];
  /** Already waiting: the form changes the period instead of starting the wait. */
  waiting: boolean;
  review: { days: number; counting: ReviewCounting };
  waitHint: string;
}) {
  const t = useTranslations("cases");
  const locale = useLocale();
  const selectClass = "min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base";
  return (
    <div className="flex flex-col gap-4">
      {allowed.includes("wait") ? (
        <CaseActionForm action={changeStatusAction} caseId={caseId} className="flex flex-col gap-3">
          {(state) => (
            <fieldset className="flex flex-col gap-3 rounded-xl border border-amber-200 bg-amber-50 p-4">
              <legend className="px-1 font-semibold">
                {waiting ? t("statusPanel.changePeriodTitle") : t("statusPanel.waitTitle")}
              </legend>
              {/* It names the operator, an eSIM provider as typed: a fieldset is as wide as its longest word unless it may wrap. */}
              <p className="text-sm text-slate-700 wrap-anywhere">{waitHint}</p>
              <input type="hidden" name="action" value="wait" />
              <div className="grid gap-3 sm:grid-cols-2">
                <div className="flex flex-col gap-1">
                  <label htmlFor={`days-${caseId}`} className="text-sm font-medium">
                    {t("statusPanel.reviewTakes")}
                  </label>
                  <CountSelect
                    id={`days-${caseId}`}
                    name="days"
                    from={1}
                    to={7}
                    unit={[t("units.day"), t("units.days")]}
                    defaultValue={state.values?.days ?? String(review.days)}
                    className={selectClass}
                  />
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor={`counting-${caseId}`} className="text-sm font-medium">
                    {t("statusPanel.counting")}
                  </label>
                  <select
                    id={`counting-${caseId}`}
                    name="counting"
                    defaultValue={state.values?.counting ?? review.counting}
                    className={selectClass}
                  >
                    <option value="CALENDAR">{t("statusPanel.calendarDays")}</option>
                    <option value="WORKING">{t("statusPanel.workingDays")}</option>
                  </select>
                </div>
              </div>
              {state.errors?.days ? <p className="text-sm font-medium text-red-700">{state.errors.days}</p> : null}
              {/* Outlined, as everything under "Other actions": the page's one filled button is the Now card's. */}
              <Button variant="secondary">{waiting ? t("statusPanel.changePeriod") : t("statusPanel.wait")}</Button>
            </fieldset>
          )}
        </CaseActionForm>
      ) : null}

      {allowed.includes("complete") ? (
        <CaseActionForm action={changeStatusAction} caseId={caseId} className="flex flex-col gap-3">
          {(state) => (
            <fieldset className="flex flex-col gap-3 rounded-xl border border-emerald-200 bg-emerald-50 p-4">
              <legend className="px-1 font-semibold">{t("statusPanel.cancelledTitle")}</legend>
              <p className="text-sm text-slate-700">
                {t("statusPanel.doneNeedsProof")}
                {hasProof ? null : `${SENTENCE_GAP[toLocale(locale)]}${t("statusPanel.withoutProof")}`}
              </p>
              <input type="hidden" name="action" value="complete" />
              {hasProof ? (
                <p className="text-sm font-medium text-emerald-900">{t("statusPanel.proofKept")}</p>
              ) : (
                <label className="flex min-h-11 items-center gap-3 text-sm">
                  <input type="checkbox" name="noProofConfirmed" defaultChecked={state.values?.noProofConfirmed === "on"} className="size-5" />
                  {t("statusPanel.noProof")}
                </label>
              )}
              <Button variant="secondary">{t("statusPanel.markDone")}</Button>
            </fieldset>
          )}
        </CaseActionForm>
      ) : null}

      <div className="flex flex-wrap gap-2">
        {SIMPLE.filter((item) => allowed.includes(item.action)).map((item) => (
          <CaseActionForm key={item.action} action={changeStatusAction} caseId={caseId}>
            <input type="hidden" name="action" value={item.action} />
            <Button variant={item.variant}>{t(`statusPanel.${item.action}`)}</Button>
          </CaseActionForm>
        ))}
      </div>
      {allowed.includes("giveUp") ? (
        // Asked twice: a tap at a shop counter that closes the case and stops its reminders.
        <details className="rounded-xl border border-red-200 bg-white px-4">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-red-800">{t("statusPanel.giveUp")}</summary>
          <CaseActionForm action={changeStatusAction} caseId={caseId} className="flex flex-col items-start gap-3 pb-4">
            <input type="hidden" name="action" value="giveUp" />
            <p className="text-sm text-slate-700">{t("statusPanel.giveUpWarning")}</p>
            <Button variant="danger">{t("statusPanel.giveUpConfirm")}</Button>
          </CaseActionForm>
        </details>
      ) : null}
    </div>
  );
}
