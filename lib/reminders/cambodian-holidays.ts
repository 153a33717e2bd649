// The date-holidays package has no Cambodia (KH) data, so the public holidays live here.
// Holidays that fall on a weekend are not moved to a weekday: Cambodia stopped giving substitute days in 2020.

export type Holiday = { date: string; name: string };

/** Fixed-date national holidays, keyed by MM-DD. */
export const FIXED_HOLIDAYS: Readonly<Record<string, string>> = {
  "01-01": "International New Year's Day",
  "01-07": "Victory over Genocide Day",
  "03-08": "International Women's Day",
  "05-01": "International Labour Day",
  "05-14": "King Norodom Sihamoni's Birthday",
  // Dropped in 2020 and missing from the 2025 list published in 2024, then announced again as a holiday in 2025:
  // check it against each year's sub-decree.
  "05-20": "National Day of Remembrance",
  "06-18": "Queen Mother Norodom Monineath Sihanouk's Birthday",
  "09-24": "Constitution Day",
  // In every yearly list since 2013, including 2025's.
  "10-15": "Commemoration Day of King Father Norodom Sihanouk",
  "10-29": "King's Coronation Day",
  "11-09": "Independence Day",
  // Declared a national holiday by sub-decree on 1 January 2024.
  "12-29": "Peace Day in Cambodia",
};

function span(first: string, count: number, name: string): Holiday[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    name,
  }));
}

/**
 * Holidays that follow the Khmer lunisolar calendar, so their dates change every year.
 * The government publishes them in a yearly sub-decree: add each new year's dates here,
 * the one place to update. A year left out here only gets the fixed holidays, so a
 * missing lunar holiday makes reminders come a day early rather than never.
 */
export const DATED_HOLIDAYS: Readonly<Record<number, ReadonlyArray<Holiday>>> = {
  2025: [
    ...span("2025-04-14", 3, "Khmer New Year"),
    { date: "2025-05-11", name: "Visak Bochea Day" },
    { date: "2025-05-15", name: "Royal Ploughing Ceremony" },
    ...span("2025-09-21", 3, "Pchum Ben"),
    ...span("2025-11-04", 3, "Water Festival"),
  ],
  // Visak Bochea, the Royal Ploughing Ceremony, Pchum Ben and the Water Festival wait for the 2026 sub-decree.
  2026: [...span("2026-04-14", 3, "Khmer New Year")],
};

const DATED: ReadonlySet<string> = new Set(
  Object.values(DATED_HOLIDAYS).flatMap((holidays) => holidays.map((holiday) => holiday.date)),
);

/** True for a well-formed "YYYY-MM-DD" that names a real day (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls impossible days over, so a round trip catches them.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Whether `date` ("YYYY-MM-DD") is a Cambodian public holiday or one of the configured extra non-working dates. */
export function isCambodianHoliday(date: string, extra?: ReadonlySet<string>): boolean {
  return Object.hasOwn(FIXED_HOLIDAYS, date.slice(5)) || DATED.has(date) || (extra?.has(date) ?? false);
}

/** Reads a comma or space separated list of "YYYY-MM-DD" dates, e.g. from an environment variable. */
export function parseExtraNonWorkingDays(value: string | undefined): Set<string> {
  const entries = (value ?? "").split(/[\s,]+/).filter((entry) => entry !== "");
  for (const entry of entries) {
    if (!isCalendarDate(entry)) {
      throw new Error(`Extra non-working day "${entry}" is not a real date written as YYYY-MM-DD`);
    }
  }
  return new Set(entries);
}
