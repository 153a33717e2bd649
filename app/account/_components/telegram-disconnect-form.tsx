"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { disconnectTelegramAction } from "../telegram-actions";

export function TelegramDisconnectForm({ labels }: { labels: { disconnect: string; disconnecting: string } }) {
  const [state, action] = useFormAction(disconnectTelegramAction);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <Button variant="danger" pendingLabel={labels.disconnecting}>
        {labels.disconnect}
      </Button>
    </form>
  );
}
