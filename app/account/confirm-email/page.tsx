import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailChangeConfirmForm } from "@/app/account/confirm-email/_components/email-change-confirm-form";
import { AuthCard } from "@/components/ui/auth-card";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.confirmEmail");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Confirming takes a click: link checkers in mail systems open every link, and a GET must not change anything.
export default async function ConfirmEmailPage({ searchParams }: Props) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("account.confirmEmail")]);
  return (
    <RouteMessages route="/account/confirm-email">
      {typeof token === "string" && token ? (
        <EmailChangeConfirmForm token={token} />
      ) : (
        <AuthCard title={t("title")}>
          <p>{t("incomplete")}</p>
        </AuthCard>
      )}
    </RouteMessages>
  );
}
