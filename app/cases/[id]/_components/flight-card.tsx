import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import { calendarDay } from "@/lib/cases/plan-around-flight";
import type { CasePageView } from "../view-model";

/** Shown under the Now card when the case may not finish before the user leaves Cambodia, with the route that still works from abroad. */
export async function FlightCard({ view, leavingOn }: { view: CasePageView; leavingOn: Date | null }) {
  const plan = view.flight;
  if (plan.fits || !leavingOn) return null;
  const [t, format] = await Promise.all([getTranslations("cases.flight"), getFormatter()]);
  const finishBy = format.dateTime(calendarDay(plan.finishBy), "calendarWeekday");
  // Once the request is handed in, "go to the store early" is past: what is left is following it up.
  const visited = view.stage === "sent" || view.stage === "reviewing";
  return (
    <section aria-labelledby="flight-heading" className="flex flex-col gap-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 wrap-anywhere">
      <h2 id="flight-heading" className="font-semibold">
        {t("title", { leaving: plan.leaving, leavingOn: format.dateTime(leavingOn, "calendarWeekday") })}
      </h2>
      <p className="text-sm">
        {plan.basis === "answerDue"
          ? t("answerDue", { operator: view.operator, finishBy })
          : t("reviewFromToday", { operator: view.operator, period: view.period, finishBy })}
      </p>
      <p className="text-sm">{t(plan.route === "store" && visited ? "storeVisited" : plan.route, { operator: view.operator, leaving: plan.leaving })}</p>
    </section>
  );
}
