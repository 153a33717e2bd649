"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
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
      <Link
        href="/forgot-password"
        className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
      >
        {t("resetDeadAction")}
      </Link>
    </AuthCard>
  );
}
