import type { createFormatter, DateTimeFormatOptions } from "use-intl/core";
import { formats } from "./formats";
import { isLocale, LOCALE_TAGS } from "./locales";

/** next-intl's formatter, as getFormatter, useFormatter and createFormatter return it. */
export type Formatter = ReturnType<typeof createFormatter>;
type FormatName = keyof typeof formats.dateTime;

// Intl runs a Chinese weekday into the day ("12月2日周三"); written by hand
// it stands apart in brackets ("12月2日（周三）"), as on a ticket or a notice.
// A space would do on its own, but not inside a sentence: "12月2日 周三离开前"
// reads as if the weekday belonged to the next word.
const BRACKETED_WEEKDAY_LOCALES: ReadonlySet<string> = new Set(["zh"]);

// Built once per language, zone and format, as use-intl does for its own.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = dateTimeFormats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, found);
  }
  return found;
}

/**
 * A date's parts joined, with a weekday that directly follows a date field or
 * a Chinese character ("日") put in full-width brackets, and the space Intl
 * put after it dropped ("12月2日（周二）09:30"). One after punctuation or a
 * space is left as Intl wrote it.
 */
export function bracketWeekday(parts: readonly Intl.DateTimeFormatPart[]): string {
  let bracketed = -1;
  return parts
    .map((part, index) => {
      if (index === bracketed + 1 && bracketed >= 0 && part.type === "literal" && /^\s+$/u.test(part.value)) return "";
      const before = parts[index - 1];
      if (part.type !== "weekday" || !before) return part.value;
      if (before.type === "literal" && !/\p{Script=Han}$/u.test(before.value)) return part.value;
      bracketed = index;
      return `（${part.value}）`;
    })
    .join("");
}

/** The tag Intl writes an app language's dates in: the one its pages declare. */
function dateLocale(locale: string): string {
  return isLocale(locale) ? LOCALE_TAGS[locale] : locale;
}

/**
 * The formatter with dates in the tag the pages declare ("en-GB": "Thu 3 Dec",
 * not use-intl's "en" "Thu, Dec 3") and a Chinese weekday in brackets after
 * its date; numbers, lists and relative times are next-intl's own.
 * `timeZone` is the formatter's (the request's, or the reader's outside one).
 */
export function withLocaleDates<F extends Formatter>(format: F, locale: string, timeZone: string | undefined): F {
  const tag = dateLocale(locale);
  const bracketed = BRACKETED_WEEKDAY_LOCALES.has(locale);
  const resolve = (formatOrOptions?: FormatName | DateTimeFormatOptions, overrides?: DateTimeFormatOptions) => {
    const options = typeof formatOrOptions === "string" ? { ...formats.dateTime[formatOrOptions], ...overrides } : { ...formatOrOptions, ...overrides };
    return { weekday: options.weekday, intl: dateTimeFormat(tag, { ...options, timeZone: options.timeZone ?? timeZone }) };
  };
  function dateTime(value: Date | number, formatOrOptions?: FormatName | DateTimeFormatOptions, overrides?: DateTimeFormatOptions): string {
    try {
      const { weekday, intl } = resolve(formatOrOptions, overrides);
      return bracketed && weekday ? bracketWeekday(intl.formatToParts(value)) : intl.format(value);
    } catch {
      // An invalid date or option: next-intl's own handling (its onError, a fallback string).
      return typeof formatOrOptions === "string" ? format.dateTime(value, formatOrOptions, overrides) : format.dateTime(value, formatOrOptions);
    }
  }
  function dateTimeRange(start: Date | number, end: Date | number, formatOrOptions?: FormatName | DateTimeFormatOptions, overrides?: DateTimeFormatOptions): string {
    try {
      return resolve(formatOrOptions, overrides).intl.formatRange(start, end);
    } catch {
      return typeof formatOrOptions === "string"
        ? format.dateTimeRange(start, end, formatOrOptions, overrides)
        : format.dateTimeRange(start, end, formatOrOptions);
    }
  }
  return { ...format, dateTime, dateTimeRange };
}
