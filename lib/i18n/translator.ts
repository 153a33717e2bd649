import "server-only";
import { createTranslator } from "next-intl";
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
