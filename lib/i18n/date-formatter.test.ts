import { describe, expect, it } from "vitest";
import { bracketWeekday, type Formatter, withLocaleDates } from "./date-formatter";
import { formats } from "./formats";
import { getIntlFormatter } from "./translator";

// Tuesday 2 December 2025, 09:30 in Phnom Penh.
const when = new Date("2025-12-02T02:30:00Z");
const zone = "Asia/Phnom_Penh";
const intl = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: zone, ...options }).format(when);

describe("dates in Chinese", () => {
  const zh = getIntlFormatter("zh", zone);

  it("write the weekday apart from the date", () => {
    expect(zh.dateTime(when, "weekdayDate")).toBe("12月2日（周二）");
    expect(zh.dateTime(when, "calendarWeekday")).toBe("12月2日（周二）");
    expect(zh.dateTime(when, "dateTime")).toBe("2025年12月2日（周二）09:30");
    expect(zh.dateTime(when, { weekday: "long", month: "long", day: "numeric" })).toBe("12月2日（星期二）");
  });

  it("keep the format's own zone and the caller's overrides", () => {
    // 23:00 on Monday in UTC is already Tuesday in Phnom Penh.
    const lateMonday = new Date("2025-12-01T23:00:00Z");
    expect(zh.dateTime(lateMonday, "calendarWeekday")).toBe("12月1日（周一）");
    expect(zh.dateTime(lateMonday, "weekdayDate")).toBe("12月2日（周二）");
    expect(zh.dateTime(when, "weekdayDate", { timeZone: "America/Los_Angeles" })).toBe("12月1日（周一）");
  });

  it("are Intl's own without a weekday", () => {
    expect(zh.dateTime(when, "date")).toBe(intl("zh", formats.dateTime.date));
    expect(zh.dateTime(when, "long")).toBe("2025年12月2日");
    expect(zh.dateTime(when, "time")).toBe("09:30");
    expect(zh.dateTime(when, { weekday: "short" })).toBe("周二");
  });
});

describe("dates in English", () => {
  const en = getIntlFormatter("en", zone);

  // The pages declare en-GB; use-intl's "en" would write "Tue, Dec 2".
  it("put the day before the month, as the en-GB pages declare", () => {
    expect(en.dateTime(when, "weekdayDate")).toBe("Tue 2 Dec");
    expect(en.dateTime(when, "calendarWeekday")).toBe("Tue 2 Dec");
    expect(en.dateTime(when, "dateTime")).toBe("Tue, 2 Dec 2025, 09:30");
    expect(en.dateTime(when, "date")).toBe("2 Dec 2025");
    expect(en.dateTime(when, "calendarDate")).toBe("2 Dec 2025");
    expect(en.dateTime(when, "long")).toBe("2 December 2025");
    expect(en.dateTime(when, "time")).toBe("09:30");
    expect(en.dateTime(when, { month: "long", day: "numeric" })).toBe("2 December");
    expect(en.dateTimeRange(when, new Date("2025-12-05T02:30:00Z"), "date")).toMatch(/^2\s–\s5 Dec 2025$/u);
  });

  it("are Intl's en-GB, weekday or not", () => {
    for (const name of Object.keys(formats.dateTime) as (keyof typeof formats.dateTime)[]) {
      expect(en.dateTime(when, name)).toBe(intl("en-GB", formats.dateTime[name]));
    }
  });

  it("leave numbers and relative times as English", () => {
    expect(en.number(1234.5)).toBe("1,234.5");
    expect(en.number(0.25, "percent")).toBe("25%");
    expect(en.relativeTime(when, new Date("2025-12-05T02:30:00Z"))).toBe("3 days ago");
  });

  it("leave a date Intl refuses to next-intl's handling (its onError, a fallback string)", () => {
    const nextIntl = { dateTime: () => "next-intl's fallback" } as unknown as Formatter;
    expect(withLocaleDates(nextIntl, "en", zone).dateTime(new Date(Number.NaN), "date")).toBe("next-intl's fallback");
  });
});

describe("bracketWeekday", () => {
  const part = (type: Intl.DateTimeFormatPartTypes, value: string) => ({ type, value });

  it("leaves a weekday that already stands apart, or comes first, as it is", () => {
    expect(bracketWeekday([part("day", "2"), part("literal", "日，"), part("weekday", "周二")])).toBe("2日，周二");
    expect(bracketWeekday([part("day", "2"), part("literal", "日 "), part("weekday", "周二")])).toBe("2日 周二");
    expect(bracketWeekday([part("weekday", "周二"), part("literal", " "), part("day", "2")])).toBe("周二 2");
  });

  it("brackets one that runs on from a date field or 日, without the space after it", () => {
    expect(bracketWeekday([part("day", "2"), part("weekday", "周二")])).toBe("2（周二）");
    expect(bracketWeekday([part("day", "2"), part("literal", "日"), part("weekday", "周二"), part("literal", " "), part("hour", "09")])).toBe("2日（周二）09");
  });
});
