"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { signInAction } from "../actions";
import { EmailField, PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useFormAction(signInAction);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <EmailField
        label={t("email")}
        name="email"
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <PasswordField
        label={t("password")}
        name="password"
        autoComplete="current-password"
        error={state.errors?.password}
      />
      <SubmitButton pendingLabel={t("signingIn")}>{t("signInButton")}</SubmitButton>
      <p className="text-sm">
        <Link href="/forgot-password" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("forgotLink")}
        </Link>
      </p>
    </form>
  );
}
