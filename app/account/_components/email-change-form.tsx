"use client";

import { useTranslations } from "next-intl";
import { requestEmailChangeAction } from "@/app/account/settings-actions";
import { EmailField, PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function EmailChangeForm() {
  const t = useTranslations("account.email");
  const [state, action] = useFormAction(requestEmailChangeAction);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      <EmailField
        label={t("newEmailLabel")}
        name="newEmail"
        defaultValue={state.values?.newEmail}
        key={state.values?.newEmail}
        error={state.errors?.newEmail}
      />
      <PasswordField
        label={t("passwordLabel")}
        name="password"
        id="field-email-change-password"
        autoComplete="current-password"
        hint={t("passwordHint")}
        error={state.errors?.password}
      />
      <SubmitButton tone="secondary" pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
