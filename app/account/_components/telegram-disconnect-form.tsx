"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { initialFormState } from "@/lib/http/form-state";
import { disconnectTelegramAction } from "../telegram-actions";

export function TelegramDisconnectForm({ labels }: { labels: { disconnect: string; disconnecting: string } }) {
  const [state, action] = useActionState(disconnectTelegramAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <Button variant="danger" pendingLabel={labels.disconnecting}>
        {labels.disconnect}
      </Button>
    </form>
  );
}
