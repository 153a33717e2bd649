import type { Metadata, Route } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "./_components/sign-in-form";
import { AuthCard } from "@/components/ui/auth-card";
import { FormAlert } from "@/components/ui/form-alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/form-state";
import { RouteMessages } from "@/app/_components/route-messages";
import { ForgetKeptPages } from "@/components/forget-kept-pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl as Route);
  const t = await getTranslations("auth");
  const notice = params.reset ? t("passwordChangedNotice") : params.signedOut ? t("signedOutNotice") : undefined;
  // Sent here from a link (an email's "Open the case", a page kept in a tab): why signing in comes first.
  const reason = notice || callbackUrl === "/" ? null : t(callbackUrl.startsWith("/cases/") ? "signInForCase" : "signInToContinue");
  return (
    <RouteMessages route="/sign-in">
      <AuthCard
        title={t("signInTitle")}
        intro={t.rich("signInIntro", {
          link: (chunks) => (
            <Link href="/sign-up" className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      >
        <FormAlert tone="success">{notice}</FormAlert>
        {reason ? <p className="text-slate-700">{reason}</p> : null}
        <SignInForm callbackUrl={callbackUrl} />
        <ForgetKeptPages />
      </AuthCard>
    </RouteMessages>
  );
}
