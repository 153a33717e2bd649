import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnsubscribeForm } from "@/app/unsubscribe/_components/unsubscribe-form";
import { AuthCard } from "@/components/ui/auth-card";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unsubscribe"))("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Unsubscribing takes a click: link checkers in mail systems open every link,
// and a GET must not change anything.
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations("unsubscribe");
  return (
    <RouteMessages route="/unsubscribe">
      {typeof token === "string" && token ? (
        <UnsubscribeForm token={token} />
      ) : (
        <AuthCard title={t("title")} intro={t("intro")}>
          <p>{t("incomplete")}</p>
        </AuthCard>
      )}
    </RouteMessages>
  );
}
