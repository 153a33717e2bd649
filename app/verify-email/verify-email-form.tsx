"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";
import { verifyEmailAction } from "./actions";

export function VerifyEmailForm({ token, signedIn }: { token: string; signedIn: boolean }) {
  const t = useTranslations("verifyEmail");
  const [state, action] = useActionState(verifyEmailAction, initialFormState);
  if (state.success) {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">{state.success}</FormAlert>
        <Link
          href={signedIn ? "/" : "/sign-in"}
          className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {signedIn ? t("toHome") : t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
