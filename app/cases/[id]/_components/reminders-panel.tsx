"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CountSelect } from "@/components/ui/count-select";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { followUpScheduleAction, muteRemindersAction, snoozeRemindersAction } from "../actions";

export type ReminderView = {
  id: string;
  label: string;
  when: string;
  state: "SCHEDULED" | "SENDING" | "SENT" | "FAILED" | "CANCELLED" | "SKIPPED";
  /** Refused for good by the mail server; its own words stay in the logs, not on the page. */
  failed: boolean;
};

export function RemindersPanel({
  caseId,
  reminders,
  muted,
  waiting,
  accountOff,
  followUps,
  snoozeDays,
}: {
  caseId: string;
  reminders: ReminderView[];
  muted: boolean;
  waiting: boolean;
  accountOff: boolean;
  followUps: { everyDays: number; count: number };
  snoozeDays: { min: string; max: string };
}) {
  const t = useTranslations("reminders");
  const units = useTranslations("cases.units");
  const page = useTranslations("casePage");
  return (
    <div className="flex flex-col gap-3">
      {accountOff ? (
        <p className="rounded-lg bg-slate-100 p-3 text-sm">
          {t.rich("accountOff", {
            link: (chunks) => (
              <a href="/account" className="font-medium text-brand-700 underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}
      {reminders.length === 0 ? (
        <p className="text-sm text-slate-700">{waiting ? t("nonePlanned") : t("plannedWhenWaiting")}</p>
      ) : null}
      <details className="rounded-xl border border-slate-200 bg-white px-3">
        <summary className="min-h-12 cursor-pointer py-3 font-medium">{page("allReminders", { count: reminders.length })}</summary>
        <div className="flex flex-col gap-3 pb-3">
      {reminders.length === 0 ? null : (
        <ul className="flex flex-col gap-2" aria-label={t("listLabel")}>
          {reminders.map((reminder) => (
            <li key={reminder.id} className="flex flex-col rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <span className="font-medium">{reminder.label}</span>
              <span className="text-slate-700">{t("stateWhen", { state: t(`states.${reminder.state}`), when: reminder.when })}</span>
              {reminder.failed ? <span className="text-red-800">{t("failed")}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {waiting ? (
        <div className="flex flex-col gap-3">
          <CaseActionForm action={snoozeRemindersAction} caseId={caseId} oncePerSubmission className="flex flex-col gap-2">
            {(state) => (
              <fieldset className="flex flex-col gap-2">
                <legend className="text-sm font-medium">{t("snoozeTitle")}</legend>
                <div className="flex flex-wrap gap-2">
                  <Button variant="secondary" name="snooze" value="1">
                    {t("oneDay")}
                  </Button>
                  <Button variant="secondary" name="snooze" value="3">
                    {t("threeDays")}
                  </Button>
                </div>
                <div className="flex items-end gap-2">
                  <Field
                    label={t("until")}
                    id={`snooze-date-${caseId}`}
                    name="date"
                    type="date"
                    min={snoozeDays.min}
                    max={snoozeDays.max}
                    defaultValue={state.values?.date}
                    error={state.errors?.date}
                  />
                  <Button variant="secondary" name="snooze" value="date">
                    {t("snooze")}
                  </Button>
                </div>
              </fieldset>
            )}
          </CaseActionForm>
          <CaseActionForm action={followUpScheduleAction} caseId={caseId} className="flex flex-col gap-2">
            {(state) => (
              <fieldset className="flex flex-col gap-2">
                <legend className="text-sm font-medium">{t("followUpsTitle")}</legend>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <label htmlFor={`every-${caseId}`}>{t("every")}</label>
                  <CountSelect
                    id={`every-${caseId}`}
                    name="everyDays"
                    from={1}
                    to={7}
                    unit={[units("day"), units("days")]}
                    defaultValue={state.values?.everyDays ?? String(followUps.everyDays)}
                  />
                  <label htmlFor={`count-${caseId}`}>{t("atMost")}</label>
                  <CountSelect
                    id={`count-${caseId}`}
                    name="count"
                    from={0}
                    to={10}
                    unit={[units("time"), units("times")]}
                    zeroLabel={t("noFollowUps")}
                    defaultValue={state.values?.count ?? String(followUps.count)}
                  />
                  <Button variant="secondary">{t("save")}</Button>
                </div>
              </fieldset>
            )}
          </CaseActionForm>
          <CaseActionForm action={muteRemindersAction} caseId={caseId}>
            <input type="hidden" name="muted" value={muted ? "false" : "true"} />
            <Button variant="quiet">{muted ? t("unmute") : t("mute")}</Button>
          </CaseActionForm>
        </div>
      ) : null}
        </div>
      </details>
    </div>
  );
}
