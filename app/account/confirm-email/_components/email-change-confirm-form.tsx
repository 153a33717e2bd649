"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { confirmEmailChangeAction } from "@/app/account/confirm-email/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";

/** A button, not the link itself: mail scanners open links, and opening must change nothing. */
export function EmailChangeConfirmForm({ token, signedIn }: { token: string; signedIn: boolean }) {
  const t = useTranslations("account.confirmEmail");
  const [state, action] = useActionState(confirmEmailChangeAction, initialFormState);
  if (state.success) {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">{state.success}</FormAlert>
        <Link
          href={signedIn ? "/account" : "/sign-in"}
          className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {signedIn ? t("toAccount") : t("signIn")}
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
