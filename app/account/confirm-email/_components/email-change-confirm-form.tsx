"use client";

import { useTranslations } from "next-intl";
import { confirmEmailChangeAction } from "@/app/account/confirm-email/actions";
import { TokenConfirmForm } from "@/components/auth/token-confirm-form";

export function EmailChangeConfirmForm({ token, signedIn }: { token: string; signedIn: boolean }) {
  const t = useTranslations("account.confirmEmail");
  return (
    <TokenConfirmForm
      action={confirmEmailChangeAction}
      token={token}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      next={signedIn ? { href: "/account", label: t("toAccount") } : { href: "/sign-in", label: t("signIn") }}
    />
  );
}
