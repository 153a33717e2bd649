import "server-only";
// use-intl/core is next-intl's React-free core: the worker and scripts run under the react-server
// condition outside Next, where next-intl's entry pulls in React hooks that do not exist there.
import { createFormatter, type createTranslator } from "use-intl/core";
import { compiledTranslator } from "./compiled-translator";
import { withLocaleDates } from "./date-formatter";
import { formats } from "./formats";
import type { Locale } from "./locales";
import { loadMessages, type Messages } from "./messages";
import { sharedIntl } from "./shared-intl";

type Translator = ReturnType<typeof createTranslator<Messages>>;

// A translator holds no state of its own: one per language and zone serves
// every message the worker composes (a few per reminder, thousands a minute).
// Bounded by languages times IANA zones.
const translators = new Map<string, Translator>();

/**
 * Messages outside a request (emails from the worker, a language other than
 * the request's). Pages and actions use next-intl's getTranslations instead.
 */
export async function getTranslator(locale: Locale, timeZone: string): Promise<Translator> {
  const key = `${locale} ${timeZone}`;
  let translator = translators.get(key);
  if (!translator) {
    translator = compiledTranslator({ locale, messages: await loadMessages(locale), timeZone });
    translators.set(key, translator);
  }
  return translator;
}

/** Dates and numbers outside a request, in the app's formats, written as the pages write them (@/i18n/get-formatter inside one). */
export function getIntlFormatter(locale: Locale, timeZone: string) {
  return withLocaleDates(createFormatter({ locale, timeZone, formats, ...sharedIntl }), locale, timeZone);
}
