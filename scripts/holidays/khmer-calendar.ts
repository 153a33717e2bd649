// The Cambodian public holidays that follow the Khmer lunisolar calendar
// (Chhankitek), computed with @thyrith/momentkh. The app does not run this: it
// reads the dates written out in lib/time/cambodian-holidays.ts, which
// `npm run holidays:compute` prints. The unit test beside this file checks the
// computation against the official lists of past years, and the written-out
// years against the computation.
import moment from "moment";
import momentkh from "@thyrith/momentkh";
import type { Holiday } from "@/lib/time/cambodian-holidays";

type KhmerMoment = moment.Moment & {
  /** Day of the lunar month: 0-14 waxing (1-15 កើត), 15-29 waning (1-15 រោច). */
  khDay(): number;
  /** Lunar month: 0 មិគសិរ … 5 ពិសាខ … 9 ភទ្របទ, 10 អស្សុជ, 11 កត្តិក, 12-13 the leap អាសាឍ. */
  khMonth(): number;
};

const khmer = momentkh(moment) as typeof moment & { getKhNewYearMoment(year: number): moment.Moment };

const PISAK = 5;
const PHOTROBOT = 9;
const ASSOCH = 10;
const KADEUK = 11;
/** khDay() counts 0-14 for the waxing days 1-15, then 15-29 for the waning days 1-15. */
const waxing = (day: number) => day - 1;
const waning = (day: number) => 14 + day;

/** Pisak's full moon falls between mid-April and early June; Pchum Ben and the Water Festival between September and November. */
const SEASONS = [
  ["04-15", "06-10"],
  ["09-01", "12-05"],
] as const;

const isoDate = (day: moment.Moment) => day.format("YYYY-MM-DD");

const computed = new Map<number, Holiday[]>();

/** Khmer New Year, Visak Bochea, the Royal Ploughing Ceremony, Pchum Ben and the Water Festival of one year. */
export function khmerCalendarHolidays(year: number): Holiday[] {
  const known = computed.get(year);
  if (known) return known;
  const holidays: Holiday[] = [];
  // Three days from the day the new year's angel descends (Moha Songkran).
  const newYear = khmer.getKhNewYearMoment(year);
  for (let i = 0; i < 3; i += 1) holidays.push({ date: isoDate(newYear.clone().add(i, "day")), name: "Khmer New Year" });

  // Each lunar date takes milliseconds to compute: only the seasons these months can fall in are read.
  for (const [from, to] of SEASONS) {
    for (let day = khmer.utc(`${year}-${from}`, "YYYY-MM-DD") as KhmerMoment; day.isSameOrBefore(`${year}-${to}`, "day"); day.add(1, "day")) {
      const month = day.khMonth();
      if (month !== PISAK && month !== PHOTROBOT && month !== ASSOCH && month !== KADEUK) continue;
      const lunarDay = day.khDay();
      const date = isoDate(day);
      if (month === PISAK && lunarDay === waxing(15)) holidays.push({ date, name: "Visak Bochea Day" });
      if (month === PISAK && lunarDay === waning(4)) holidays.push({ date, name: "Royal Ploughing Ceremony" });
      // The eve of the new moon of Photrobot, the new moon, and the first day of Assoch.
      if ((month === PHOTROBOT && (lunarDay === waning(14) || lunarDay === waning(15))) || (month === ASSOCH && lunarDay === waxing(1))) {
        holidays.push({ date, name: "Pchum Ben" });
      }
      // The eve of the full moon of Kadeuk, the full moon, and the day after.
      if (month === KADEUK && (lunarDay === waxing(14) || lunarDay === waxing(15) || lunarDay === waning(1))) {
        holidays.push({ date, name: "Water Festival" });
      }
    }
  }
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  computed.set(year, holidays);
  return holidays;
}
