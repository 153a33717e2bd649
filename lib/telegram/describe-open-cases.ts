import "server-only";
import { CASE_SUMMARY_SELECT } from "@/lib/cases/case-summary-select";
import { CLOSED_STATUSES } from "@/lib/cases/case-status";
import type { MessageTranslator } from "@/lib/cases/step-text";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env";
import { caseName } from "./case-name";
import type { ChatTexts } from "./chat-texts";

const SHOWN = 10;

/** `/cases`: the user's open cases, soonest date first, with their status and next date. */
export async function describeOpenCases(userId: string, { t, format }: ChatTexts): Promise<string> {
  const where = { ownerId: userId, status: { notIn: [...CLOSED_STATUSES] } };
  const [count, cases] = await Promise.all([
    db().case.count({ where }),
    db().case.findMany({
      where,
      orderBy: [{ nextDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: SHOWN,
      select: { ...CASE_SUMMARY_SELECT, nextDueAt: true },
    }),
  ]);
  const appUrl = serverEnv().APP_URL;
  if (count === 0) return t("telegram.bot.casesNone", { url: `${appUrl}/cases/new` });
  const translate = t as unknown as MessageTranslator;
  const lines = cases.map((item) => {
    const values = { name: caseName(translate, item), status: t(`cases.status.${item.status}`) };
    // The wait's end is an instant, shown as its day on the user's clock, as the site shows it;
    // a leaving day is a calendar date.
    const line = item.nextDueAt
      ? t("telegram.bot.caseLineDue", {
          ...values,
          date: format.dateTime(item.nextDueAt, item.status === "WAITING_FOR_OPERATOR" ? "weekdayDate" : "calendarDate"),
        })
      : t("telegram.bot.caseLine", values);
    return `${line}\n  ${appUrl}/cases/${item.id}`;
  });
  const more = count > SHOWN ? [t("telegram.bot.casesMore", { count: count - SHOWN, url: `${appUrl}/cases` })] : [];
  return [t("telegram.bot.casesHeading"), ...lines, ...more].join("\n");
}
