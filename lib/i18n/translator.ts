import "server-only";
// use-intl/core is next-intl's React-free core: the worker and scripts run under the react-server
// condition outside Next, where next-intl's entry pulls in React hooks that do not exist there.
import { createTranslator } from "use-intl/core";
import { formats } from "./formats";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";

/**
 * Messages outside a request (emails from the worker, a language other than
 * the request's). Pages and actions use next-intl's getTranslations instead.
 */
export async function getTranslator(locale: Locale, timeZone: string) {
  return createTranslator({ locale, messages: await loadMessages(locale), timeZone, formats });
}
