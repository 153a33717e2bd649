"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { signInAction } from "../actions";
import { EmailField, PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** The forgot-password form, with the address typed here filled in (never the password). */
function forgotHref(email: string) {
  return `/forgot-password?${new URLSearchParams({ email: email.trim() })}` as const;
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [state, action] = useFormAction(signInAction);
  // The field is read as the link is pressed: an address the browser filled in may never have fired a change.
  const carryEmail = (event: MouseEvent<HTMLAnchorElement>) => {
    const field = event.currentTarget.closest("form")?.elements.namedItem("email");
    if (!(field instanceof HTMLInputElement) || !field.value.trim()) return;
    event.preventDefault();
    router.push(forgotHref(field.value));
  };
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
        <Link href="/forgot-password" onClick={carryEmail} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("forgotLink")}
        </Link>
      </p>
    </form>
  );
}
