import "server-only";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getIntlFormatter, getTranslator } from "@/lib/i18n/translator";

/** A chat not linked to an account speaks the language its Telegram app is set to, when we have it. */
export function chatLocale(languageCode: string | undefined): Locale {
  const base = languageCode?.toLowerCase().split("-")[0];
  return isLocale(base) ? base : "en";
}

/** The bot's words and dates in one language and zone, from the message files. */
export async function chatTexts(locale: Locale, timeZone: string) {
  return {
    locale,
    t: await getTranslator(locale, timeZone),
    format: getIntlFormatter(locale, timeZone),
  };
}

export type ChatTexts = Awaited<ReturnType<typeof chatTexts>>;
