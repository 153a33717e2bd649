"use client";

import { useTranslations } from "next-intl";
import { PrimaryLink } from "@/components/ui/primary-link";
import { AuthCard } from "@/components/ui/auth-card";

/**
 * A reset link that can no longer set a password (unknown, used or expired:
 * the same words for all three). Asking for a new one is the only way on, so
 * it is the one button. `announce` when it replaces the form after a submit,
 * so a screen reader hears why the form went away.
 */
export function ResetLinkDead({ announce = false }: { announce?: boolean }) {
  const t = useTranslations("auth");
  return (
    <AuthCard title={t("resetDeadTitle")}>
      <p role={announce ? "alert" : undefined} className="text-slate-700">
        {t("resetDeadBody")}
      </p>
      <PrimaryLink href="/forgot-password">{t("resetDeadAction")}</PrimaryLink>
    </AuthCard>
  );
}
