import "server-only";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { buildIcs } from "./build-ics";
import { CALENDAR_CASE_SELECT, describeCaseDeadlines } from "./describe-case-deadlines";
import { FEED_TOKEN_PATTERN, hashFeedToken } from "./feed-token";

/** Calendar apps fetch again after this long. */
const FEED_REFRESH_MINUTES = 360;

/**
 * The open deadlines of every case of the token's owner, as an .ics feed; null
 * for a token that is malformed, unknown or revoked. The token is the only
 * authority here: calendar apps send no session.
 */
export async function getFeedCalendar(token: string): Promise<string | null> {
  if (!FEED_TOKEN_PATTERN.test(token)) return null;
  const feed = await db().calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: {
      user: {
        select: {
          locale: true,
          timeZone: true,
          cases: {
            where: {
              status: { notIn: ["DONE", "GIVEN_UP"] },
              OR: [{ status: "WAITING_FOR_OPERATOR" }, { leavingOn: { not: null } }],
            },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: CALENDAR_CASE_SELECT,
          },
        },
      },
    },
  });
  if (!feed) return null;

  const locale = toLocale(feed.user.locale);
  const t = await getTranslator(locale, feed.user.timeZone);
  const appUrl = serverEnv().APP_URL;
  return buildIcs({
    name: t("calendar.ics.feedName"),
    refreshMinutes: FEED_REFRESH_MINUTES,
    events: feed.user.cases.flatMap((found) => describeCaseDeadlines(found, t, appUrl)),
  });
}
