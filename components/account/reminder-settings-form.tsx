"use client";

import { useActionState } from "react";
import { reminderSettingsAction } from "@/app/account/reminder-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";

export function ReminderSettingsForm({ remindersEnabled }: { remindersEnabled: boolean }) {
  const [state, action] = useActionState(reminderSettingsAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4">
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="remindersEnabled" defaultChecked={remindersEnabled} className="size-5" />
        Email me reminders while a case waits for the operator
      </label>
      <FormAlert tone="success">{state.success}</FormAlert>
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
