// The languages Simcase speaks. Adding one (Khmer, say) is: its code here,
// its names below, and messages/<code>.json with the same keys as en.json.

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Remembers a signed-out visitor's choice; a signed-in user's lives in the account. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language's name in itself, as the switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", zh: "中文" };

/** The tag for <html lang> and Intl: zh means Simplified Chinese. */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en-GB", zh: "zh-Hans-CN" };

/** Between two sentences written apart: a space in English, nothing in Chinese (its full stop carries the gap). */
export const SENTENCE_GAP: Record<Locale, string> = { en: " ", zh: "" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored locale, or the default when it is unknown (an old row, a removed language). */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
