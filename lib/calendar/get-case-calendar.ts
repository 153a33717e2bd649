import "server-only";
import { caseTitle } from "@/lib/cases/case-title";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { buildIcs } from "./build-ics";
import { CALENDAR_CASE_SELECT, describeCaseDeadlines } from "./describe-case-deadlines";
import { notFoundError } from "@/lib/http/user-error";

/** One of the user's cases as an .ics file, in the user's language; another user's case is "not found". */
export async function getCaseCalendar(userId: string, caseId: string): Promise<{ fileName: string; body: string }> {
  const found = await db().case.findFirst({
    where: { id: caseId, ownerId: userId },
    select: { ...CALENDAR_CASE_SELECT, owner: { select: { locale: true, timeZone: true } } },
  });
  if (!found) throw notFoundError("cases.notFound");

  const locale = toLocale(found.owner.locale);
  const t = await getTranslator(locale, found.owner.timeZone);
  const caseLabel = caseTitle(t, found);
  const body = buildIcs({
    name: t("calendar.ics.caseName", { caseLabel }),
    events: describeCaseDeadlines(found, t, serverEnv().APP_URL),
  });
  return { fileName: `simcase-${caseLabel}.ics`, body };
}
