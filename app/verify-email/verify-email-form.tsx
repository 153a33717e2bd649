"use client";

import { useTranslations } from "next-intl";
import { TokenConfirmForm } from "@/components/auth/token-confirm-form";
import { verifyEmailAction } from "./actions";

export function VerifyEmailForm({ token, signedIn }: { token: string; signedIn: boolean }) {
  const t = useTranslations("verifyEmail");
  return (
    <TokenConfirmForm
      action={verifyEmailAction}
      token={token}
      title={t("title")}
      doneTitle={t("doneTitle")}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      intro={t("intro")}
      next={signedIn ? { href: "/", label: t("toHome") } : { href: "/sign-in", label: t("signIn") }}
    />
  );
}
