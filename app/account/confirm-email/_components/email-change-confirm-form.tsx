"use client";

import { useTranslations } from "next-intl";
import { confirmEmailChangeAction } from "@/app/account/confirm-email/actions";
import { TokenConfirmForm } from "@/components/auth/token-confirm-form";

/** Confirming signs every device out (the old address's sessions go), so the way on is always signing in. */
export function EmailChangeConfirmForm({ token }: { token: string }) {
  const t = useTranslations("account.confirmEmail");
  return (
    <TokenConfirmForm
      action={confirmEmailChangeAction}
      token={token}
      title={t("title")}
      doneTitle={t("doneTitle")}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      intro={t("intro")}
      next={{ href: "/sign-in", label: t("signIn") }}
    />
  );
}
