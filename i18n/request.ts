import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";
import { formats } from "@/lib/i18n/formats";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { preferredLocale } from "@/lib/i18n/preferred-locale";

/**
 * The language of a request: the account's when signed in, else the one the
 * visitor picked (a cookie), else the browser's Accept-Language. URLs carry no
 * locale, so a link works the same for everyone.
 */
export async function requestLocale(): Promise<Locale> {
  const user = await getCurrentUser();
  if (user) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return preferredLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const [locale, user] = await Promise.all([requestLocale(), getCurrentUser()]);
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: user?.timeZone ?? DEFAULT_TIME_ZONE,
    formats,
  };
});
