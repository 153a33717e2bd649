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
    // ICU's own style names, as messages use them ({date, date, long}): the
    // production build formats precompiled messages, which know only the
    // formats named here (lib/i18n/precompiled-messages.test.ts).
    long: { day: "numeric", month: "long", year: "numeric" },
  },
  number: {
    integer: { maximumFractionDigits: 0 },
    percent: { style: "percent" },
  },
} satisfies Formats;
