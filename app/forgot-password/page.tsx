import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./_components/forgot-password-form";
import { AuthCard } from "@/components/ui/auth-card";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("forgotMetaTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <RouteMessages route="/forgot-password">
      <AuthCard title={t("forgotTitle")} intro={t("forgotIntro")}>
        <ForgotPasswordForm />
      </AuthCard>
    </RouteMessages>
  );
}
