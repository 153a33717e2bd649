"use client";

import { useTranslations } from "next-intl";
import { forgotPasswordAction } from "../actions";
import { EmailField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function ForgotPasswordForm({ email }: { email?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useFormAction(forgotPasswordAction);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {/* Refused for too many requests, or never sent: said here, with the address kept. */}
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      <EmailField
        label={t("email")}
        name="email"
        defaultValue={state.values?.email ?? email}
        error={state.errors?.email}
      />
      {/* Sent: sending again is there, no longer the one thing to press. */}
      <SubmitButton tone={state.success ? "secondary" : "primary"} pendingLabel={t("sending")}>
        {state.success ? t("forgotAgain") : t("forgotButton")}
      </SubmitButton>
    </form>
  );
}
