"use client";

import { useTranslations } from "next-intl";
import { unsubscribeAction } from "@/app/unsubscribe/actions";
import { AuthCard } from "@/components/ui/auth-card";
import { FormAlert } from "@/components/ui/form-alert";
import { Link } from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** The whole card, so that once done its heading says so instead of still asking. */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("unsubscribe");
  const [state, action] = useFormAction(unsubscribeAction);
  if (state.success) {
    return (
      <AuthCard title={t("doneTitle")}>
        <FormAlert tone="success">{state.success}</FormAlert>
        <Link href="/account" className="font-medium text-brand-700 underline">
          {t("settingsLink")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <form action={action} className="flex flex-col gap-3">
        <input type="hidden" name="token" value={token} />
        <FormAlert tone="error">{state.errors?.form}</FormAlert>
        <SubmitButton pendingLabel={t("pending")}>{t("button")}</SubmitButton>
      </form>
    </AuthCard>
  );
}
