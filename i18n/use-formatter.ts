import { useLocale, useFormatter as useNextIntlFormatter, useTimeZone } from "next-intl";
import { withLocaleDates, type Formatter } from "@/lib/i18n/date-formatter";

/**
 * The provider's formatter, for components: next-intl's, with a Chinese
 * weekday in brackets after its date (lib/i18n/date-formatter.ts), the same
 * on the server's render and in the browser.
 */
export function useFormatter(): Formatter {
  return withLocaleDates(useNextIntlFormatter(), useLocale(), useTimeZone());
}
