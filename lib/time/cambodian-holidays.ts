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
 * 2025 is the government's yearly sub-decree. From 2026 the dates are computed from
 * the Khmer calendar (Chhankitek) by `npm run holidays:compute`, which reproduces the
 * official 2024 and 2025 lists (scripts/holidays/khmer-calendar.test.ts checks both,
 * and that every year written here matches the computation). When a sub-decree moves
 * or adds a day, write the official dates here (and mark the year in OFFICIAL_YEARS),
 * or add one-off days with EXTRA_NON_WORKING_DAYS. A year left out here only gets the
 * fixed holidays, so reminders come a day early rather than never.
 */
export const DATED_HOLIDAYS: Readonly<Record<number, ReadonlyArray<Holiday>>> = {
  2025: [
    ...span("2025-04-14", 3, "Khmer New Year"),
    { date: "2025-05-11", name: "Visak Bochea Day" },
    { date: "2025-05-15", name: "Royal Ploughing Ceremony" },
    ...span("2025-09-21", 3, "Pchum Ben"),
    ...span("2025-11-04", 3, "Water Festival"),
  ],
  2026: [
    { date: "2026-04-14", name: "Khmer New Year" },
    { date: "2026-04-15", name: "Khmer New Year" },
    { date: "2026-04-16", name: "Khmer New Year" },
    { date: "2026-05-01", name: "Visak Bochea Day" },
    { date: "2026-05-05", name: "Royal Ploughing Ceremony" },
    { date: "2026-10-10", name: "Pchum Ben" },
    { date: "2026-10-11", name: "Pchum Ben" },
    { date: "2026-10-12", name: "Pchum Ben" },
    { date: "2026-11-23", name: "Water Festival" },
    { date: "2026-11-24", name: "Water Festival" },
    { date: "2026-11-25", name: "Water Festival" },
  ],
  2027: [
    { date: "2027-04-14", name: "Khmer New Year" },
    { date: "2027-04-15", name: "Khmer New Year" },
    { date: "2027-04-16", name: "Khmer New Year" },
    { date: "2027-05-20", name: "Visak Bochea Day" },
    { date: "2027-05-24", name: "Royal Ploughing Ceremony" },
    { date: "2027-09-29", name: "Pchum Ben" },
    { date: "2027-09-30", name: "Pchum Ben" },
    { date: "2027-10-01", name: "Pchum Ben" },
    { date: "2027-11-12", name: "Water Festival" },
    { date: "2027-11-13", name: "Water Festival" },
    { date: "2027-11-14", name: "Water Festival" },
  ],
  2028: [
    { date: "2028-04-13", name: "Khmer New Year" },
    { date: "2028-04-14", name: "Khmer New Year" },
    { date: "2028-04-15", name: "Khmer New Year" },
    { date: "2028-05-08", name: "Visak Bochea Day" },
    { date: "2028-05-12", name: "Royal Ploughing Ceremony" },
    { date: "2028-09-17", name: "Pchum Ben" },
    { date: "2028-09-18", name: "Pchum Ben" },
    { date: "2028-09-19", name: "Pchum Ben" },
    { date: "2028-10-31", name: "Water Festival" },
    { date: "2028-11-01", name: "Water Festival" },
    { date: "2028-11-02", name: "Water Festival" },
  ],
  2029: [
    { date: "2029-04-14", name: "Khmer New Year" },
    { date: "2029-04-15", name: "Khmer New Year" },
    { date: "2029-04-16", name: "Khmer New Year" },
    { date: "2029-04-27", name: "Visak Bochea Day" },
    { date: "2029-05-01", name: "Royal Ploughing Ceremony" },
    { date: "2029-10-06", name: "Pchum Ben" },
    { date: "2029-10-07", name: "Pchum Ben" },
    { date: "2029-10-08", name: "Pchum Ben" },
    { date: "2029-11-19", name: "Water Festival" },
    { date: "2029-11-20", name: "Water Festival" },
    { date: "2029-11-21", name: "Water Festival" },
  ],
  2030: [
    { date: "2030-04-14", name: "Khmer New Year" },
    { date: "2030-04-15", name: "Khmer New Year" },
    { date: "2030-04-16", name: "Khmer New Year" },
    { date: "2030-05-16", name: "Visak Bochea Day" },
    { date: "2030-05-20", name: "Royal Ploughing Ceremony" },
    { date: "2030-09-26", name: "Pchum Ben" },
    { date: "2030-09-27", name: "Pchum Ben" },
    { date: "2030-09-28", name: "Pchum Ben" },
    { date: "2030-11-09", name: "Water Festival" },
    { date: "2030-11-10", name: "Water Festival" },
    { date: "2030-11-11", name: "Water Festival" },
  ],
  2031: [
    { date: "2031-04-14", name: "Khmer New Year" },
    { date: "2031-04-15", name: "Khmer New Year" },
    { date: "2031-04-16", name: "Khmer New Year" },
    { date: "2031-05-06", name: "Visak Bochea Day" },
    { date: "2031-05-10", name: "Royal Ploughing Ceremony" },
    { date: "2031-10-15", name: "Pchum Ben" },
    { date: "2031-10-16", name: "Pchum Ben" },
    { date: "2031-10-17", name: "Pchum Ben" },
    { date: "2031-11-28", name: "Water Festival" },
    { date: "2031-11-29", name: "Water Festival" },
    { date: "2031-11-30", name: "Water Festival" },
  ],
};

/** Years whose dates above come from the sub-decree rather than the computation. */
export const OFFICIAL_YEARS: ReadonlySet<number> = new Set([2025]);

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
