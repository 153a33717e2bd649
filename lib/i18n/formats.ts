import type { Formats } from "next-intl";

/**
 * Named date formats, so every page shows the same kinds of dates the same way.
 * Instants are shown in the user's zone (the request's timeZone); calendar dates
 * (leaving day, stored as UTC midnight) must be formatted with timeZone "UTC".
 */
export const formats = {
  dateTime: {
    // 24-hour, as "time" below: "09:00" beside "06:00 PM" on one page read as two clocks.
    dateTime: { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
    date: { day: "numeric", month: "short", year: "numeric" },
    weekdayDate: { weekday: "short", day: "numeric", month: "short" },
    time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
    calendarDate: { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
    calendarWeekday: { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" },
    // Spelled out, for a date an email may be kept as a record of.
    long: { day: "numeric", month: "long", year: "numeric" },
  },
  // ICU's own style names, as messages use them ({n, number, integer}): the
  // production build formats precompiled messages, which know only the
  // formats named here (lib/i18n/precompiled-messages.test.ts). Dates go into
  // messages preformatted, never as {x, date}, so a Chinese weekday is bracketed.
  number: {
    integer: { maximumFractionDigits: 0 },
    percent: { style: "percent" },
  },
} satisfies Formats;
