"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type MouseEvent } from "react";
import { signInAction } from "../actions";
import { EmailField, PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** The forgot-password form, with the address typed here filled in (never the password). */
function forgotHref(email: string) {
  const typed = email.trim();
  return typed ? (`/forgot-password?${new URLSearchParams({ email: typed })}` as const) : ("/forgot-password" as const);
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [state, action] = useFormAction(signInAction);
  const [email, setEmail] = useState(state.values?.email ?? "");
  // An address the browser filled in may never have fired a change: the field itself is read on the way out.
  const carryEmail = (event: MouseEvent<HTMLAnchorElement>) => {
    const field = event.currentTarget.closest("form")?.elements.namedItem("email");
    const typed = field instanceof HTMLInputElement ? field.value : email;
    if (typed.trim() === email.trim()) return;
    event.preventDefault();
    router.push(forgotHref(typed));
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
        onChange={(event) => setEmail(event.currentTarget.value)}
      />
      <PasswordField
        label={t("password")}
        name="password"
        autoComplete="current-password"
        error={state.errors?.password}
      />
      <SubmitButton pendingLabel={t("signingIn")}>{t("signInButton")}</SubmitButton>
      <p className="text-sm">
        <Link href={forgotHref(email)} onClick={carryEmail} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("forgotLink")}
        </Link>
      </p>
    </form>
  );
}
