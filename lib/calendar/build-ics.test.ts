import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs, type IcsEvent } from "./build-ics";

const STAMP = new Date("2026-11-20T08:15:30.123Z");

function timed(overrides: Partial<Extract<IcsEvent, { start: Date }>> = {}): IcsEvent {
  return {
    uid: "case-c1-reminder-1@simcase",
    sequence: 7,
    stamp: STAMP,
    summary: "Follow up with Smart: Holiday SIM",
    description: "Call 123.",
    url: "https://simcase.example/cases/c1",
    // 09:00 in Phnom Penh (UTC+7).
    start: new Date("2026-11-24T09:00:00+07:00"),
    durationMinutes: 15,
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = ICAL.Component.fromString(text);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

describe("buildIcs", () => {
  it("writes a publishable VCALENDAR with CRLF line ends", () => {
    const text = buildIcs({ name: "Simcase: SIM deadlines", events: [timed()] });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/Simcase/);
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Simcase: SIM deadlines");
    expect(events).toHaveLength(1);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes instants in UTC: 09:00 in Phnom Penh is 02:00Z", () => {
    const text = buildIcs({ name: "x", events: [timed()] });
    expect(text).toContain("\r\nDTSTART:20261124T020000Z\r\n");
    expect(text).toContain("\r\nDTEND:20261124T021500Z\r\n");
    expect(text).toContain("\r\nDTSTAMP:20261120T081530Z\r\n");
    const [event] = parse(text).events;
    expect(event!.startDate.toString()).toBe("2026-11-24T02:00:00Z");
    expect(event!.startDate.toJSDate().toISOString()).toBe("2026-11-24T02:00:00.000Z");
    expect(event!.endDate.toJSDate().toISOString()).toBe("2026-11-24T02:15:00.000Z");
    expect(event!.sequence).toBe(7);
    expect(event!.component.getFirstPropertyValue("url")).toBe("https://simcase.example/cases/c1");
  });

  it("writes an all-day event as a DATE, ending the next day", () => {
    const text = buildIcs({
      name: "x",
      events: [{ uid: "case-c1-leaving@simcase", sequence: 1, stamp: STAMP, summary: "Leaving", description: "", url: "https://x/cases/c1", date: "2026-12-31" }],
    });
    expect(text).toContain("\r\nDTSTART;VALUE=DATE:20261231\r\n");
    expect(text).toContain("\r\nDTEND;VALUE=DATE:20270101\r\n");
    const [event] = parse(text).events;
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe("2026-12-31");
    expect(event!.endDate.toString()).toBe("2027-01-01");
  });

  it("folds long Chinese text at 75 octets without splitting a character", () => {
    const summary = "离开柬埔寨：请在此前注销 " + "假期用的中文昵称SIM卡".repeat(12);
    const description = "运营商应已答复。请查看短信、邮件或运营商的 App；如果 SIM 卡已注销，请标记为完成，并保存好凭证。".repeat(4);
    const text = buildIcs({ name: "日历", events: [timed({ summary, description })] });
    const lines = text.split("\r\n");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      // A split multi-byte character would not survive the round trip through UTF-8.
      expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
      expect(line).not.toContain("\uFFFD");
    }
    const [event] = parse(text).events;
    expect(event!.summary).toBe(summary);
    expect(event!.description).toBe(description);
  });

  it("folds by octets, not characters: a line of ASCII is cut at exactly 75", () => {
    const text = buildIcs({ name: "x", events: [timed({ summary: "a".repeat(200) })] });
    const summaryLines = text.split("\r\n").slice(text.split("\r\n").findIndex((l) => l.startsWith("SUMMARY:")));
    expect(Buffer.byteLength(summaryLines[0]!, "utf8")).toBe(75);
    expect(Buffer.byteLength(summaryLines[1]!, "utf8")).toBe(75);
    expect(summaryLines[1]!.startsWith(" ")).toBe(true);
  });

  it("escapes backslash, comma, semicolon and line breaks in TEXT", () => {
    const summary = String.raw`Smart, Metfone; C:\SIM`;
    const description = "Line one\nLine two\r\nLine three";
    const text = buildIcs({ name: "a, b; c", events: [timed({ summary, description })] });
    expect(text).toContain(String.raw`SUMMARY:Smart\, Metfone\; C:\\SIM`);
    expect(text).toContain(String.raw`DESCRIPTION:Line one\nLine two\nLine three`);
    // X-WR-CALNAME is TEXT by convention only, so parsers hand it back raw.
    expect(text).toContain(String.raw`X-WR-CALNAME:a\, b\; c`);
    const { events } = parse(text);
    expect(events[0]!.summary).toBe(summary);
    expect(events[0]!.description).toBe("Line one\nLine two\nLine three");
  });

  it("drops control characters a content line may not hold", () => {
    const text = buildIcs({ name: "x", events: [timed({ summary: "Bell\u0007 and\u0000 tab\tkept" })] });
    expect(text).toContain("SUMMARY:Bell and tab\tkept\r\n");
    expect(parse(text).events[0]!.summary).toBe("Bell and tab\tkept");
  });

  it("keeps the UIDs it is given and gives the same bytes for the same input", () => {
    const events = [timed(), timed({ uid: "case-c1-expected@simcase", sequence: 3 })];
    const text = buildIcs({ name: "x", events });
    expect(parse(text).events.map((event) => event.uid)).toEqual(["case-c1-reminder-1@simcase", "case-c1-expected@simcase"]);
    expect(buildIcs({ name: "x", events })).toBe(text);
  });

  it("asks subscribed calendars to refresh when told to", () => {
    const text = buildIcs({ name: "x", events: [], refreshMinutes: 360 });
    expect(text).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT360M\r\n");
    expect(parse(text).events).toEqual([]);
  });

  it("refuses an invalid date instead of writing a broken file", () => {
    expect(() => buildIcs({ name: "x", events: [timed({ start: new Date("nope") })] })).toThrow(RangeError);
  });
});
