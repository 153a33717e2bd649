import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ResetLinkDead } from "./_components/reset-link-dead";
import { ResetPasswordForm } from "./_components/reset-password-form";
import { AuthCard } from "@/components/ui/auth-card";
import { RouteMessages } from "@/app/_components/route-messages";
import { checkResetToken } from "@/lib/auth/check-reset-token";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The title and the page ask once between them: a dead link's tab must not read "Choose a new password".
const isUsable = cache(checkResetToken);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  if (typeof token !== "string" || token.length === 0) return { title: t("resetIncompleteTitle") };
  return { title: (await isUsable(token)) ? t("resetTitle") : t("resetDeadTitle") };
}

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  if (typeof token !== "string" || token.length === 0) {
    return (
      <AuthCard title={t("resetIncompleteTitle")}>
        <p>
          {t.rich("resetIncompleteBody", {
            link: (chunks) => (
              <Link href="/forgot-password" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </AuthCard>
    );
  }
  // Checked before the form is shown: a new password typed into a dead link's form is typed for nothing.
  const usable = await isUsable(token);
  return (
    <RouteMessages route="/reset-password">{usable ? <ResetPasswordForm token={token} /> : <ResetLinkDead />}</RouteMessages>
  );
}
