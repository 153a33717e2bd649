"use client";

import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { connectTelegramAction } from "../telegram-actions";

/** Labels come from the server: the bot's texts stay out of the browser's messages. */
export function TelegramConnectForm({ labels }: { labels: { connect: string; connecting: string; hint: string } }) {
  const [state, action] = useFormAction(connectTelegramAction);
  return (
    <form action={action} className="flex flex-col gap-3">
      <p id="telegram-connect-hint" className="text-sm text-slate-600">
        {labels.hint}
      </p>
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <SubmitButton pendingLabel={labels.connecting}>{labels.connect}</SubmitButton>
    </form>
  );
}
