import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resendVerificationAction } from "@/app/account/verification-actions";
import { EmailRefusedNotice } from "@/components/account/email-refused-notice";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { Dashboard } from "@/components/home/dashboard";
import { Landing } from "@/components/home/landing";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDashboard } from "@/lib/cases/get-dashboard";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  const user = await getCurrentUser();
  if (!user) return {};
  // The layout's "%s · Simcase" applies to the pages below it, not to its own: said here.
  const [dashboard, common] = await Promise.all([getTranslations("dashboard"), getTranslations("common")]);
  return { title: { absolute: `${dashboard("metaTitle")} · ${common("appName")}` } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Signed in, home is the dashboard; signed out, what Simcase does. */
export default async function HomePage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) return <Landing accountDeleted={(await searchParams).accountDeleted === "1"} />;
  return (
    <RouteMessages route="/">
      <div className="flex flex-col gap-6">
        <VerifyEmailNotice resendAction={resendVerificationAction} />
        <EmailRefusedNotice />
        <Dashboard data={await getDashboard(user.id)} timeZone={user.timeZone} />
      </div>
    </RouteMessages>
  );
}
