"use client";

import { useTranslations } from "next-intl";
import { type ChangeEvent, useState } from "react";
import { changePasswordAction } from "../actions";
import { PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { useFormKey } from "@/components/ui/use-form-key";
import { PASSWORD_MIN } from "@/lib/auth/schemas";

export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const common = useTranslations("common");
  const [state, action] = useFormAction(changePasswordAction);
  // Drawn anew with each answer; the passwords are kept in the browser, never echoed by the
  // server, so a mistyped current password does not cost the new one (nor the reverse). The field
  // the server refused is cleared, as it is what to fix; a change that went through clears both.
  const formKey = useFormKey(state);
  const [typed, setTyped] = useState({ currentPassword: "", newPassword: "" });
  const errors = state.errors;
  const keep = (name: keyof typeof typed) => (state.success || errors?.form || errors?.[name] ? "" : typed[name]);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const { name, value } = event.currentTarget;
    setTyped((previous) => ({ ...previous, [name]: value }));
  };
  return (
    <form key={formKey} action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert tone="error">{errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      <PasswordField
        label={t("currentLabel")}
        name="currentPassword"
        autoComplete="current-password"
        error={errors?.currentPassword}
        defaultValue={keep("currentPassword")}
        onChange={onChange}
      />
      <PasswordField
        label={t("newLabel")}
        name="newPassword"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        hint={t("newHint", { min: PASSWORD_MIN })}
        error={errors?.newPassword}
        defaultValue={keep("newPassword")}
        onChange={onChange}
      />
      <SubmitButton tone="secondary" pendingLabel={common("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
