"use client";

import { useTranslations } from "next-intl";
import { reminderSettingsAction } from "@/app/account/reminder-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function ReminderSettingsForm({ remindersEnabled }: { remindersEnabled: boolean }) {
  const t = useTranslations("account.reminders");
  const common = useTranslations("common");
  const [state, action] = useFormAction(reminderSettingsAction);
  return (
    // Drawn anew with the saved value: React resets a form after its action, and a
    // select would fall back to the value it was first drawn with.
    <form key={String(remindersEnabled)} action={action} className="flex flex-col gap-4">
      <label className="flex min-h-11 items-center gap-3">
        {/* After a try that did not go through, the box stays as the user left it. */}
        <input
          type="checkbox"
          name="remindersEnabled"
          defaultChecked={state.values ? state.values.remindersEnabled === "on" : remindersEnabled}
          className="size-5 shrink-0"
        />
        {t("label")}
      </label>
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      <SubmitButton tone="secondary" pendingLabel={common("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
