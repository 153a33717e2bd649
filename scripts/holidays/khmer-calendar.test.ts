import { describe, expect, it } from "vitest";
import { DATED_HOLIDAYS, OFFICIAL_YEARS, type Holiday } from "@/lib/time/cambodian-holidays";
import { khmerCalendarHolidays } from "./khmer-calendar";

const lunar = (holidays: readonly Holiday[]) => holidays.filter((holiday) => holiday.name !== "Khmer New Year");

// The lunar holidays of the government's yearly lists.
const OFFICIAL: Record<number, Holiday[]> = {
  2024: [
    { date: "2024-05-22", name: "Visak Bochea Day" },
    { date: "2024-05-26", name: "Royal Ploughing Ceremony" },
    { date: "2024-10-01", name: "Pchum Ben" },
    { date: "2024-10-02", name: "Pchum Ben" },
    { date: "2024-10-03", name: "Pchum Ben" },
    { date: "2024-11-14", name: "Water Festival" },
    { date: "2024-11-15", name: "Water Festival" },
    { date: "2024-11-16", name: "Water Festival" },
  ],
  2025: lunar(DATED_HOLIDAYS[2025]!),
};

// Each lunar date takes milliseconds to compute; a dozen years take a few seconds.
describe("the Khmer calendar computation", { timeout: 60_000 }, () => {
  it.each(Object.keys(OFFICIAL).map(Number))("reproduces the official lunar holidays of %i", (year) => {
    expect(lunar(khmerCalendarHolidays(year))).toEqual(OFFICIAL[year]);
  });

  it("starts Khmer New Year on the day the new year begins: 13 April 2024, 14 April 2025", () => {
    expect(khmerCalendarHolidays(2024)[0]).toEqual({ date: "2024-04-13", name: "Khmer New Year" });
    expect(khmerCalendarHolidays(2025).filter((holiday) => holiday.name === "Khmer New Year").map((holiday) => holiday.date)).toEqual([
      "2025-04-14",
      "2025-04-15",
      "2025-04-16",
    ]);
  });

  it.each(
    Object.keys(DATED_HOLIDAYS)
      .map(Number)
      .filter((year) => !OFFICIAL_YEARS.has(year)),
  )("matches the dates written out for %i", (year) => {
    expect(DATED_HOLIDAYS[year]).toEqual(khmerCalendarHolidays(year));
  });

  it("gives every year one of each holiday, and three days for the festivals", () => {
    for (const year of [2024, ...Object.keys(DATED_HOLIDAYS).map(Number)]) {
      const count = (name: string) => khmerCalendarHolidays(year).filter((holiday) => holiday.name === name).length;
      expect([count("Khmer New Year"), count("Visak Bochea Day"), count("Royal Ploughing Ceremony"), count("Pchum Ben"), count("Water Festival")]).toEqual([3, 1, 1, 3, 3]);
    }
  });
});
