"use client";

import { useActionState } from "react";
import { reminderSettingsAction } from "@/app/account/reminder-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";

export function ReminderSettingsForm({ remindersEnabled, locale }: { remindersEnabled: boolean; locale: string }) {
  const [state, action] = useActionState(reminderSettingsAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4">
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="remindersEnabled" defaultChecked={remindersEnabled} className="size-5" />
        Email me reminders while a case waits for the operator
      </label>
      <Select
        label="Language of the emails"
        name="locale"
        defaultValue={locale}
        options={[
          { value: "en", label: "English" },
          { value: "zh", label: "简体中文" },
        ]}
        error={state.errors?.locale}
      />
      <FormAlert tone="success">{state.success}</FormAlert>
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
