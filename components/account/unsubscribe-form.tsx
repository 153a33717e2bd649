"use client";

import { useActionState } from "react";
import { unsubscribeAction } from "@/app/unsubscribe/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";

export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action] = useActionState(unsubscribeAction, initialFormState);
  if (state.success) return <FormAlert tone="success">{state.success}</FormAlert>;
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <SubmitButton pendingLabel="Unsubscribing…">Stop reminder emails</SubmitButton>
    </form>
  );
}
