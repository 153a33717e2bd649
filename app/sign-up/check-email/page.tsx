import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PrimaryLink } from "@/components/ui/primary-link";
import { AuthCard } from "@/components/ui/auth-card";
import { readSignUpAddress } from "@/lib/auth/read-sign-up-address";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifyEmail"))("sentTitle"), robots: { index: false } };
}

// The same page whether the address was new or already had an account: only its owner's inbox tells.
// Naming the address typed tells nothing more, and lets a typo be seen.
export default async function CheckEmailPage() {
  const [t, email] = await Promise.all([getTranslations("verifyEmail"), readSignUpAddress()]);
  // The cookie lasts minutes: a later visit gets the page without the address.
  const intro = email
    ? t.rich("sentBodyTo", { email, b: (chunks) => <span className="font-semibold text-slate-900 wrap-anywhere">{chunks}</span> })
    : t("sentBody");
  return (
    <AuthCard title={t("sentTitle")} intro={intro}>
      {email ? (
        <p className="text-sm text-slate-700">
          {t.rich("sentWrongAddress", {
            link: (chunks) => (
              <Link href="/sign-up" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      <PrimaryLink href="/sign-in">{t("sentSignIn")}</PrimaryLink>
      <p className="text-sm text-slate-600">{t("sentHint")}</p>
    </AuthCard>
  );
}
