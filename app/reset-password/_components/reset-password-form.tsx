"use client";

import { useTranslations } from "next-intl";
import { resetPasswordAction } from "../actions";
import { ResetLinkDead } from "./reset-link-dead";
import { AuthCard } from "@/components/ui/auth-card";
import { PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { PASSWORD_MIN } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const [state, action] = useFormAction(resetPasswordAction);
  // The link died between opening the page and submitting (used in another tab, or past its hour):
  // no password will work here, so the form gives way to a new link.
  if (state.errors?.token) return <ResetLinkDead announce />;
  return (
    <AuthCard title={t("resetTitle")} intro={t("resetIntro")}>
      <form action={action} className="flex flex-col gap-4" noValidate>
        <FormAlert tone="error">{state.errors?.form}</FormAlert>
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
    </AuthCard>
  );
}
