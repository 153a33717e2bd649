import { useLocale, useFormatter as useNextIntlFormatter, useTimeZone } from "next-intl";
import { withSpacedWeekday, type Formatter } from "@/lib/i18n/date-formatter";

/**
 * The provider's formatter, for components: next-intl's, with a Chinese
 * weekday written apart from its date (lib/i18n/date-formatter.ts), the same
 * on the server's render and in the browser.
 */
export function useFormatter(): Formatter {
  return withSpacedWeekday(useNextIntlFormatter(), useLocale(), useTimeZone());
}
