import "server-only";
// use-intl/core is next-intl's React-free core: the worker and scripts run under the react-server
// condition outside Next, where next-intl's entry pulls in React hooks that do not exist there.
import { createFormatter, createTranslator } from "use-intl/core";
import { formats } from "./formats";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";
import { sharedIntl } from "./shared-intl";

/**
 * Messages outside a request (emails from the worker, a language other than
 * the request's). Pages and actions use next-intl's getTranslations instead.
 */
export async function getTranslator(locale: Locale, timeZone: string) {
  return createTranslator({ locale, messages: await loadMessages(locale), timeZone, formats, ...sharedIntl });
}

/** Dates and numbers outside a request, in the app's formats; next-intl's getFormatter inside one. */
export function getIntlFormatter(locale: Locale, timeZone: string) {
  return createFormatter({ locale, timeZone, formats, ...sharedIntl });
}
