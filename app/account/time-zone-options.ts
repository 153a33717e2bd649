import type { TimeZoneGroup } from "@/app/account/_components/time-zone-form";

/** Where Simcase's users live or travel: offered first, in this order. */
export const LIKELY_TIME_ZONES = [
  "Asia/Phnom_Penh",
  "Asia/Bangkok",
  "Asia/Ho_Chi_Minh",
  "Asia/Singapore",
  "Asia/Kuala_Lumpur",
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Taipei",
  "Asia/Seoul",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Europe/London",
  "Europe/Paris",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
] as const;

// Node's ICU may still name Ho Chi Minh City's zone by its old id.
const ALIASES: Record<string, string> = { "Asia/Ho_Chi_Minh": "Asia/Saigon" };

type Names = {
  /** A likely zone's city in the reader's language. */
  city: (zone: (typeof LIKELY_TIME_ZONES)[number]) => string;
  likely: string;
  all: string;
};

function zonePart(localeTag: string, zone: string, style: "longGeneric" | "shortGeneric" | "shortOffset", now: Date): string | undefined {
  return new Intl.DateTimeFormat(localeTag, { timeZone: zone, timeZoneName: style }).formatToParts(now).find((part) => part.type === "timeZoneName")
    ?.value;
}

// Node's ICU keeps some zones under ids that name a city by its old name.
const RENAMED: Record<string, string> = {
  Calcutta: "Kolkata",
  Katmandu: "Kathmandu",
  Rangoon: "Yangon",
  Kiev: "Kyiv",
  Godthab: "Nuuk",
  Asmera: "Asmara",
  Saigon: "Ho Chi Minh City",
  Faeroe: "Faroe",
  Truk: "Chuuk",
  Ponape: "Pohnpei",
  Enderbury: "Kanton",
};

/** "Buenos Aires" from "America/Argentina/Buenos_Aires"; "Kolkata" from "Asia/Calcutta". */
function cityOf(zone: string): string {
  const last = zone.split("/").pop() ?? zone;
  return RENAMED[last] ?? last.replaceAll("_", " ");
}

/**
 * The zone's place in the reader's language. Intl names no city, but in Chinese
 * its short generic name is the place followed by 时间 ("布宜诺斯艾利斯时间",
 * "法国时间", one per zone); in English it is often an abbreviation ("CT"), so
 * English keeps the city of the zone's id.
 */
function placeOf(localeTag: string, zone: string, now: Date): string {
  if (!localeTag.startsWith("zh")) return cityOf(zone);
  const name = zonePart(localeTag, zone, "shortGeneric", now);
  return name?.endsWith("时间") && name.length > 2 ? name.slice(0, -2) : cityOf(zone);
}

// Labelling some 400 zones builds three Intl formatters each, about 0.1 s of
// CPU: done once an hour per language, not on every account page. Offsets
// change a few times a year; a label an hour behind at that moment is harmless.
let othersCache: { hour: string; byLocale: Map<string, TimeZoneGroup["options"]> } = { hour: "", byLocale: new Map() };

/**
 * The time zone choices: the likely ones first, each named by its city and its
 * zone's name in the reader's language (Intl's long generic name) with today's
 * offset, then every other zone the server accepts, sorted by that label.
 */
export function timeZoneGroups(localeTag: string, supported: ReadonlySet<string>, names: Names, now = new Date()): TimeZoneGroup[] {
  const label = (zone: string, city: string) => {
    const generic = zonePart(localeTag, zone, "longGeneric", now);
    const offset = zonePart(localeTag, zone, "shortOffset", now);
    const inBrackets = localeTag.startsWith("zh") ? `（${offset}）` : ` (${offset})`;
    return [city, generic && generic !== offset ? ` · ${generic}` : "", offset ? inBrackets : ""].join("");
  };
  const likely = LIKELY_TIME_ZONES.flatMap((zone) => {
    const id = supported.has(zone) ? zone : ALIASES[zone];
    return id && supported.has(id) ? [{ zone, id }] : [];
  });
  const taken = new Set(likely.map(({ id }) => id));
  const hour = now.toISOString().slice(0, 13);
  if (othersCache.hour !== hour) othersCache = { hour, byLocale: new Map() };
  const key = `${localeTag}|${[...taken].join()}|${supported.size}`;
  let others = othersCache.byLocale.get(key);
  if (!others) {
    others = [...supported]
      .filter((zone) => !taken.has(zone))
      .map((zone) => ({ value: zone, label: label(zone, placeOf(localeTag, zone, now)) }))
      .sort((a, b) => a.label.localeCompare(b.label, localeTag));
    othersCache.byLocale.set(key, others);
  }
  return [
    { label: names.likely, options: likely.map(({ zone, id }) => ({ value: id, label: label(id, names.city(zone)) })) },
    { label: names.all, options: others },
  ];
}
