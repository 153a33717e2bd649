"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { unsubscribeAction } from "@/app/unsubscribe/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";

export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("unsubscribe");
  const [state, action] = useActionState(unsubscribeAction, initialFormState);
  if (state.success) return <FormAlert tone="success">{state.success}</FormAlert>;
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <SubmitButton pendingLabel={t("pending")}>{t("button")}</SubmitButton>
    </form>
  );
}
