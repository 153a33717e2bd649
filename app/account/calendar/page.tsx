import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import { CalendarFeedPanel } from "@/app/account/calendar/_components/calendar-feed-panel";
import { requireUser } from "@/lib/auth/current-user";
import { getCalendarFeedStatus } from "@/lib/calendar/get-calendar-feed-status";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar.page");
  return { title: t("title") };
}

export default async function CalendarPage() {
  const user = await requireUser("/account/calendar");
  const [status, t, format] = await Promise.all([
    getCalendarFeedStatus(user.id),
    getTranslations("calendar.page"),
    getFormatter(),
  ]);
  return (
    <RouteMessages route="/account/calendar">
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <BackLink href="/account">{t("back")}</BackLink>
          <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
          <p className="text-sm text-slate-600">{t("privacy")}</p>
        </div>
        <section className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5">
          <CalendarFeedPanel since={status.createdAt ? format.dateTime(status.createdAt, "dateTime") : null} />
        </section>
      </div>
    </RouteMessages>
  );
}
