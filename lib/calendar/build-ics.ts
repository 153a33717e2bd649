// RFC 5545 text for a calendar. Pure: the same input gives the same bytes, so
// a feed that did not change does not look changed to the calendar app.

type EventBase = {
  /** Names what the event is (case and deadline), never a row id: the app replaces the event instead of adding a copy. */
  uid: string;
  /** Grows whenever the event may have changed, so calendars that compare it take the new version. */
  sequence: number;
  /** When this version of the event was written (DTSTAMP). */
  stamp: Date;
  summary: string;
  description: string;
  url: string;
};

export type IcsEvent =
  | (EventBase & { start: Date; durationMinutes: number })
  /** An all-day event on a calendar date, "YYYY-MM-DD". */
  | (EventBase & { date: string });

export type IcsCalendar = {
  name: string;
  events: readonly IcsEvent[];
  /** How often a subscribed calendar should fetch again (a feed, not a one-off file). */
  refreshMinutes?: number;
};

const PRODID = "-//Simcase//Simcase calendar//EN";
const MAX_LINE_OCTETS = 75;

/** The calendar as an iCalendar file: CRLF line ends, lines folded at 75 octets. */
export function buildIcs(calendar: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  if (calendar.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`);
  }
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

function eventLines(event: IcsEvent): string[] {
  const when =
    "date" in event
      ? [`DTSTART;VALUE=DATE:${compactDate(event.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`, "TRANSP:TRANSPARENT"]
      : [
          `DTSTART:${utcDateTime(event.start)}`,
          `DTEND:${utcDateTime(new Date(event.start.getTime() + event.durationMinutes * 60_000))}`,
        ];
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `SEQUENCE:${Math.max(0, Math.floor(event.sequence))}`,
    ...when,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // URI values are not TEXT: no escaping, but a URL never holds a line break.
    `URL:${event.url.replace(/[\r\n]/g, "")}`,
    "END:VEVENT",
  ];
}

/** TEXT escaping (RFC 5545 3.3.11); other control characters are not allowed in a content line. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/\p{Cc}/gu, (char) => (char === "\t" ? char : ""));
}

/** Splits a line into 75-octet pieces, never inside a UTF-8 character; continuation lines start with a space. */
function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // Continuation lines carry the leading space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

function utcDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date in calendar event");
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

function compactDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return date.replace(/-/g, "");
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
