import type { createFormatter, DateTimeFormatOptions } from "use-intl/core";
import { formats } from "./formats";

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

/**
 * The formatter with dateTime writing a Chinese weekday in brackets after its date;
 * formats without a weekday, and other languages, are next-intl's own output.
 * `timeZone` is the formatter's (the request's, or the reader's outside one).
 */
export function withBracketedWeekday<F extends Formatter>(format: F, locale: string, timeZone: string | undefined): F {
  if (!BRACKETED_WEEKDAY_LOCALES.has(locale)) return format;
  function dateTime(value: Date | number, formatOrOptions?: FormatName | DateTimeFormatOptions, overrides?: DateTimeFormatOptions): string {
    const named = typeof formatOrOptions === "string";
    const options = named ? { ...formats.dateTime[formatOrOptions], ...overrides } : formatOrOptions;
    const asIs = () => (named ? format.dateTime(value, formatOrOptions, overrides) : format.dateTime(value, formatOrOptions));
    if (!options?.weekday) return asIs();
    try {
      return bracketWeekday(dateTimeFormat(locale, { timeZone, ...options }).formatToParts(value));
    } catch {
      // An invalid date or option: next-intl's own handling (its onError, a fallback string).
      return asIs();
    }
  }
  return { ...format, dateTime };
}
