import "server-only";
import { createFormatter, createTranslator } from "use-intl/core";
import { formats } from "@/lib/i18n/formats";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/** A chat not linked to an account speaks the language its Telegram app is set to, when we have it. */
export function chatLocale(languageCode: string | undefined): Locale {
  const base = languageCode?.toLowerCase().split("-")[0];
  return isLocale(base) ? base : "en";
}

/** The bot's words and dates in one language and zone, from the message files. */
export async function chatTexts(locale: Locale, timeZone: string) {
  const messages = await loadMessages(locale);
  return {
    locale,
    t: createTranslator({ locale, messages, timeZone, formats }),
    format: createFormatter({ locale, timeZone, formats }),
  };
}

export type ChatTexts = Awaited<ReturnType<typeof chatTexts>>;
