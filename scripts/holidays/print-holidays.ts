// Prints the lunar holidays of the given years (default: next year to five
// years on) as entries for DATED_HOLIDAYS in lib/time/cambodian-holidays.ts.
// Usage: npm run holidays:compute -- 2027 2028
import { khmerCalendarHolidays } from "./khmer-calendar";

const requested = process.argv.slice(2).map(Number);
const from = new Date().getUTCFullYear() + 1;
const years = requested.length ? requested : Array.from({ length: 5 }, (_, i) => from + i);
for (const year of years) {
  console.log(`  ${year}: [`);
  for (const holiday of khmerCalendarHolidays(year)) console.log(`    { date: "${holiday.date}", name: "${holiday.name}" },`);
  console.log("  ],");
}
