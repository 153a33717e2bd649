import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { VerifyEmailForm } from "./verify-email-form";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifyEmail"))("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Confirming takes a click: mail scanners open every link, and a GET must not change anything.
export default async function VerifyEmailPage({ searchParams }: Props) {
  const [{ token }, user, t] = await Promise.all([searchParams, getCurrentUser(), getTranslations("verifyEmail")]);
  return (
    <RouteMessages route="/verify-email">
      {typeof token === "string" && token ? (
        <VerifyEmailForm token={token} signedIn={user !== null} />
      ) : (
        <AuthCard title={t("title")}>
          <p>{t("incomplete")}</p>
        </AuthCard>
      )}
    </RouteMessages>
  );
}
