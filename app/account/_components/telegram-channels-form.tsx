"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { REMINDER_CHANNEL_CHOICES, type ReminderChannelChoice } from "@/lib/telegram/schemas";
import { saveReminderChannelsAction } from "../telegram-actions";

type Labels = { legend: string; save: string; channels: Record<ReminderChannelChoice, string> };

/**
 * Email, Telegram or both; the answer says which, so a tap on Save is never met
 * with silence. After a try that did not go through, the choice stays as made.
 */
export function TelegramChannelsForm({ channels, labels }: { channels: ReminderChannelChoice; labels: Labels }) {
  const [state, action] = useFormAction(saveReminderChannelsAction);
  return (
    <form action={action} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{labels.legend}</legend>
        {REMINDER_CHANNEL_CHOICES.map((choice) => (
          <label key={choice} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="channels" value={choice} defaultChecked={(state.values?.channels ?? channels) === choice} className="size-5 shrink-0" />
            {labels.channels[choice]}
          </label>
        ))}
      </fieldset>
      <FormAlert tone="error">{state.errors?.channels ?? state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      <Button variant="secondary" className="self-start">
        {labels.save}
      </Button>
    </form>
  );
}
