import { getLocale, getFormatter as getNextIntlFormatter, getTimeZone } from "next-intl/server";
import { withLocaleDates, type Formatter } from "@/lib/i18n/date-formatter";

/**
 * The request's formatter, for server components and actions: next-intl's,
 * with a Chinese weekday in brackets after its date (lib/i18n/date-formatter.ts).
 */
export async function getFormatter(): Promise<Formatter> {
  const [format, locale, timeZone] = await Promise.all([getNextIntlFormatter(), getLocale(), getTimeZone()]);
  return withLocaleDates(format, locale, timeZone);
}
