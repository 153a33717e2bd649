"use client";

import { useTranslations } from "next-intl";
import { signUpAction } from "../actions";
import { EmailField, PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { PASSWORD_MIN } from "@/lib/auth/schemas";

export function SignUpForm({ email }: { email?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useFormAction(signUpAction);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <EmailField
        label={t("email")}
        name="email"
        defaultValue={state.values?.email ?? email}
        error={state.errors?.email}
      />
      <PasswordField
        label={t("password")}
        name="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        error={state.errors?.password}
      />
      <SubmitButton pendingLabel={t("signingUp")}>{t("signUpButton")}</SubmitButton>
    </form>
  );
}
