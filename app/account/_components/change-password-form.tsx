"use client";

import { useTranslations } from "next-intl";
import { changePasswordAction } from "../actions";
import { PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { PASSWORD_MIN } from "@/lib/auth/schemas";

export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const common = useTranslations("common");
  const [state, action] = useFormAction(changePasswordAction);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      <PasswordField
        label={t("currentLabel")}
        name="currentPassword"
        autoComplete="current-password"
        error={state.errors?.currentPassword}
      />
      <PasswordField
        label={t("newLabel")}
        name="newPassword"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        hint={t("newHint", { min: PASSWORD_MIN })}
        error={state.errors?.newPassword}
      />
      <SubmitButton tone="secondary" pendingLabel={common("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
