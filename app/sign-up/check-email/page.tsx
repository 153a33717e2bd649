import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifyEmail"))("sentTitle"), robots: { index: false } };
}

// The same page whether the address was new or already had an account: only its owner's inbox tells.
export default async function CheckEmailPage() {
  const t = await getTranslations("verifyEmail");
  return (
    <AuthCard title={t("sentTitle")} intro={t("sentBody")}>
      <Link
        href="/sign-in"
        className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
      >
        {t("sentSignIn")}
      </Link>
      <p className="text-sm text-slate-600">{t("sentHint")}</p>
    </AuthCard>
  );
}
