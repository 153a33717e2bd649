"use client";

import { followUpScheduleAction, muteRemindersAction, snoozeRemindersAction } from "@/app/cases/[id]/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CountSelect } from "@/components/ui/count-select";
import { CaseActionForm } from "./case-action-form";

export type ReminderView = { id: string; label: string; when: string; state: "SCHEDULED" | "SENDING" | "SENT" | "FAILED" | "CANCELLED"; error: string | null };

const STATE_LABEL = { SCHEDULED: "Upcoming", SENDING: "Sending", SENT: "Sent", FAILED: "Failed", CANCELLED: "Cancelled" } as const;

export function RemindersPanel({
  caseId,
  reminders,
  muted,
  waiting,
  accountOff,
  followUps,
}: {
  caseId: string;
  reminders: ReminderView[];
  muted: boolean;
  waiting: boolean;
  accountOff: boolean;
  followUps: { everyDays: number; count: number };
}) {
  return (
    <div className="flex flex-col gap-3">
      {accountOff ? (
        <p className="rounded-lg bg-slate-100 p-3 text-sm">
          Reminder emails are off for your account. Turn them on in <a href="/account" className="font-medium text-brand-700 underline">Account</a>.
        </p>
      ) : null}
      {reminders.length === 0 ? (
        <p className="text-sm text-slate-700">
          {waiting ? "No reminder is planned." : "Reminders are planned when the case waits for the operator."}
        </p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="Reminders">
          {reminders.map((reminder) => (
            <li key={reminder.id} className="flex flex-col rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <span className="font-medium">{reminder.label}</span>
              <span className="text-slate-700">
                {STATE_LABEL[reminder.state]} · {reminder.when}
              </span>
              {reminder.error ? <span className="text-red-800">Could not be delivered: {reminder.error}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {waiting ? (
        <div className="flex flex-col gap-3">
          <CaseActionForm action={snoozeRemindersAction} caseId={caseId} className="flex flex-col gap-2">
            {(state) => (
              <fieldset className="flex flex-col gap-2">
                <legend className="text-sm font-medium">Snooze the reminders</legend>
                <div className="flex flex-wrap gap-2">
                  <Button variant="secondary" name="snooze" value="1">
                    1 day
                  </Button>
                  <Button variant="secondary" name="snooze" value="3">
                    3 days
                  </Button>
                </div>
                <div className="flex items-end gap-2">
                  <Field label="Until" id={`snooze-date-${caseId}`} name="date" type="date" error={state.errors?.date} />
                  <Button variant="secondary" name="snooze" value="date">
                    Snooze
                  </Button>
                </div>
              </fieldset>
            )}
          </CaseActionForm>
          <CaseActionForm action={followUpScheduleAction} caseId={caseId} className="flex flex-col gap-2">
            {(state) => (
              <fieldset className="flex flex-col gap-2">
                <legend className="text-sm font-medium">Follow-ups while you wait</legend>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <label htmlFor={`every-${caseId}`}>every</label>
                  <CountSelect
                    id={`every-${caseId}`}
                    name="everyDays"
                    from={1}
                    to={7}
                    unit={["day", "days"]}
                    defaultValue={state.values?.everyDays ?? String(followUps.everyDays)}
                  />
                  <label htmlFor={`count-${caseId}`}>at most</label>
                  <CountSelect
                    id={`count-${caseId}`}
                    name="count"
                    from={0}
                    to={10}
                    unit={["time", "times"]}
                    defaultValue={state.values?.count ?? String(followUps.count)}
                  />
                  <Button variant="secondary">Save</Button>
                </div>
              </fieldset>
            )}
          </CaseActionForm>
          <CaseActionForm action={muteRemindersAction} caseId={caseId}>
            <input type="hidden" name="muted" value={muted ? "false" : "true"} />
            <Button variant="quiet">{muted ? "Turn reminders back on for this case" : "Mute reminders for this case"}</Button>
          </CaseActionForm>
        </div>
      ) : null}
    </div>
  );
}
