import Link from "next/link";
import { useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("errorPages");
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-bold tracking-tight">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFoundBody")}</p>
      <Link href="/" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
