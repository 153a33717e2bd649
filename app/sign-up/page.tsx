import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "./_components/sign-up-form";
import { AuthCard } from "@/components/ui/auth-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { RouteMessages } from "@/app/_components/route-messages";
import { ForgetKeptPages } from "@/components/forget-kept-pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations("auth");
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
        <SignUpForm />
        <ForgetKeptPages />
      </AuthCard>
    </RouteMessages>
  );
}
