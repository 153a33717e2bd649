"use client";

import { useTranslations } from "next-intl";
import { resetPasswordAction } from "../actions";
import { PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { PASSWORD_MIN } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const [state, action] = useFormAction(resetPasswordAction);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert tone="error">{state.errors?.form ?? state.errors?.token}</FormAlert>
      <input type="hidden" name="token" value={token} />
      <PasswordField
        label={t("newPassword")}
        name="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        error={state.errors?.password}
      />
      <SubmitButton pendingLabel={tc("saving")}>{t("resetButton")}</SubmitButton>
    </form>
  );
}
