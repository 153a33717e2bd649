import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./_components/forgot-password-form";
import { AuthCard } from "@/components/ui/auth-card";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("forgotMetaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Longer than any address (254 characters): not an address, not filled in.
const MAX_EMAIL = 320;

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const t = await getTranslations("auth");
  // The address typed on the sign-in form ("Forgot your password?" carries it), so it is not typed twice.
  const { email } = await searchParams;
  const typed = typeof email === "string" && email.length <= MAX_EMAIL ? email : undefined;
  return (
    <RouteMessages route="/forgot-password">
      <AuthCard title={t("forgotTitle")} intro={t("forgotIntro")}>
        <ForgotPasswordForm email={typed} />
      </AuthCard>
    </RouteMessages>
  );
}
