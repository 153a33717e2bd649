"use client";

import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { type FormState } from "@/lib/http/form-state";

export type ResendVerificationAction = (previous: FormState, formData: FormData) => Promise<FormState>;

function ResendButton() {
  const t = useTranslations("verifyEmail");
  const { pending } = useFormStatus();
  // A secondary button: the page around the notice keeps its one primary action.
  return (
    <button
      type="submit"
      disabled={pending}
      className="min-h-11 self-start rounded-lg border border-amber-400 bg-white px-4 text-sm font-semibold text-amber-950 hover:bg-amber-100 disabled:opacity-70"
    >
      {pending ? t("resending") : t("resend")}
    </button>
  );
}

/** The action comes from the page (it lives beside a route): components/ never imports app/. */
export function ResendVerificationForm({ resendAction }: { resendAction: ResendVerificationAction }) {
  const [state, action] = useFormAction(resendAction);
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      {state.success ? null : <ResendButton />}
    </form>
  );
}
