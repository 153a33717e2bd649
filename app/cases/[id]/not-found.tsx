import Link from "next/link";
import { useTranslations } from "next-intl";

export default function CaseNotFound() {
  const t = useTranslations("cases");
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-bold tracking-tight">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFoundText")}</p>
      <Link href="/cases" className="font-medium text-brand-700 underline">
        {t("backToList")}
      </Link>
    </div>
  );
}
