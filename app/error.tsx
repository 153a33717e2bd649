"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** A page that failed to render: said plainly in the reader's language, with a way to try again. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPages");
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-bold tracking-tight">{t("errorTitle")}</h1>
      <p className="text-slate-700">{t("errorBody")}</p>
      <Button type="button" onClick={reset}>
        {t("retry")}
      </Button>
      <Link href="/" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
