import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "./_components/sign-up-form";
import { AuthCard } from "@/components/ui/auth-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { readSignUpAddress } from "@/lib/auth/read-sign-up-address";
import { RouteMessages } from "@/app/_components/route-messages";
import { ForgetKeptPages } from "@/components/forget-kept-pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  // Back from "check your email" to correct a typo: the address typed is there to fix.
  const [t, lastAddress] = await Promise.all([getTranslations("auth"), readSignUpAddress()]);
  return (
    <RouteMessages route="/sign-up">
      <AuthCard
        title={t("signUpTitle")}
        intro={t.rich("signUpIntro", {
          link: (chunks) => (
            <Link href="/sign-in" className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      >
        <SignUpForm email={lastAddress ?? undefined} />
        <ForgetKeptPages />
      </AuthCard>
    </RouteMessages>
  );
}
