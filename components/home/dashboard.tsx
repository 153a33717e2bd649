import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import type { ReactNode } from "react";
import { CaseRow } from "@/components/cases/case-row";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import type { Dashboard as DashboardData, DashboardCase } from "@/lib/cases/get-dashboard";
import { planAroundFlight } from "@/lib/cases/plan-around-flight";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export async function Dashboard({ data, timeZone }: { data: DashboardData; timeZone: string }) {
  const [t, tc, format] = await Promise.all([getTranslations("dashboard"), getTranslations("cases"), getFormatter()]);
  // A case that may not finish before the user leaves Cambodia says so in the list too.
  const withFlight = (item: DashboardCase, detail: ReactNode) => {
    const plan = planAroundFlight(item, timeZone);
    if (plan.fits || !item.leavingOn) return detail;
    // A day that has passed is said so: "before you leave on Wed 15 Jan" read as next January.
    const warning = tc("flight.dashboard", { leaving: plan.leaving, leavingOn: format.dateTime(item.leavingOn, "calendarWeekday") });
    return (
      <>
        {detail}
        <span className="block font-medium text-amber-900">{warning}</span>
      </>
    );
  };
  // Why a case needs the user. An overdue answer's day is named by the progress tracker, not again here.
  const reasonText = (item: DashboardData["needsYou"][number]) => {
    if (item.reason === "reviewOverdue") return t("reason.reviewOverdue");
    if (item.reason === "needsAction") return t("reason.needsAction");
    return item.progress.total === 0 ? tc("item.addSteps") : t("reason.stepsToDo", { count: item.stepsToDo });
  };
  const moreLink = (href: Route, label: string) => (
    <Link href={href} className="flex min-h-11 items-center font-medium text-brand-700 underline">
      {label}
    </Link>
  );
  const newCaseLink = (label: string) => (
    <Link
      href="/cases/new"
      className="flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
    >
      {label}
    </Link>
  );

  if (data.total === 0) {
    return (
      <div className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-6">
        <h1 className="text-2xl font-bold tracking-tight">{t("emptyTitle")}</h1>
        <p className="text-slate-700">{t("emptyText")}</p>
        {newCaseLink(t("emptyButton"))}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        {newCaseLink(t("newCase"))}
      </div>

      <ul aria-label={t("countsLabel")} className="flex flex-wrap gap-2">
        {CASE_STATUSES.filter((status) => data.counts[status] > 0).map((status) => (
          <li key={status}>
            <Link
              href={`/cases?status=${status}` as Route}
              className="flex min-h-11 items-center rounded-full border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-100"
            >
              {t("count", { status: tc(`status.${status}`), count: data.counts[status] })}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/cases" className="flex min-h-11 items-center px-2 text-sm font-medium text-brand-700 underline">
            {t("allCases")}
          </Link>
        </li>
      </ul>

      <Section id="needs-you" title={t("needsYou")}>
        {data.needsYou.length === 0 ? (
          <p className="text-slate-700">{t("needsYouEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {data.needsYou.map((item) => (
              <CaseRow
                key={item.id}
                item={item}
                detail={withFlight(item, reasonText(item))}
              />
            ))}
          </ul>
        )}
        {data.needsYouTotal > data.needsYou.length
          ? moreLink("/cases?status=NEEDS_YOU&sort=due", t("needsYouMore", { count: data.needsYouTotal - data.needsYou.length }))
          : null}
      </Section>

      {data.waiting.length > 0 ? (
        <Section id="waiting" title={t("waiting")}>
          <ul className="flex flex-col gap-3">
            {data.waiting.map((item) => (
              <CaseRow
                key={item.id}
                item={item}
                // The progress tracker names the due date.
                detail={withFlight(item, null)}
              />
            ))}
          </ul>
          {data.waitingTotal > data.waiting.length
            ? moreLink(
                "/cases?status=WAITING_FOR_OPERATOR&sort=due",
                t("waitingMore", { count: data.waitingTotal - data.waiting.length }),
              )
            : null}
        </Section>
      ) : null}

      {data.recentlyFinished.length > 0 ? (
        <Section id="finished" title={t("recentlyFinished")}>
          <ul className="flex flex-col gap-3">
            {data.recentlyFinished.map((item) => (
              <CaseRow
                key={item.id}
                item={item}
                detail={item.closedAt ? tc(item.status === "DONE" ? "item.doneOn" : "item.closedOn", { date: format.dateTime(item.closedAt, "date") }) : null}
              />
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
