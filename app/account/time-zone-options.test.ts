import { describe, expect, it } from "vitest";
import { LIKELY_TIME_ZONES, timeZoneGroups } from "./time-zone-options";

const supported = new Set(Intl.supportedValuesOf("timeZone"));
const names = (cities: Record<string, string>, likely: string, all: string) => ({ city: (zone: string) => cities[zone] ?? zone, likely, all });
const JAN = new Date("2027-01-15T00:00:00Z");

describe("timeZoneGroups", () => {
  it("offers the likely zones first, named by city in the reader's language", () => {
    const [likely, all] = timeZoneGroups("zh-Hans-CN", supported, names({ "Asia/Phnom_Penh": "金边", "Europe/London": "伦敦" }, "常用时区", "全部时区"), JAN);
    expect(likely!.label).toBe("常用时区");
    expect(likely!.options).toHaveLength(LIKELY_TIME_ZONES.length);
    expect(likely!.options.map((option) => option.value).every((zone) => supported.has(zone))).toBe(true);
    expect(likely!.options[0]!.label).toBe("金边 · 中南半岛时间（GMT+7）");
    expect(likely!.options.find((option) => option.value === "Europe/London")!.label).toBe("伦敦 · 英国时间（GMT+0）");
    expect(all!.label).toBe("全部时区");
  });

  it("then every other zone once, with its name in the reader's language", () => {
    const [likely, all] = timeZoneGroups("en", supported, names({}, "Common", "All"), JAN);
    const values = [...likely!.options, ...all!.options].map((option) => option.value);
    expect(new Set(values).size).toBe(values.length);
    expect(new Set(values)).toEqual(supported);
    expect(all!.options.find((option) => ["America/Argentina/Buenos_Aires", "America/Buenos_Aires"].includes(option.value))!.label).toBe(
      "Buenos Aires · Argentina Standard Time (GMT-3)",
    );
    // Under its old id or its new one, a renamed city goes by its name of today.
    const kolkata = all!.options.find((option) => ["Asia/Calcutta", "Asia/Kolkata"].includes(option.value))!;
    expect(kolkata.label).toMatch(/^Kolkata · /);
    expect(all!.options.filter((option) => /^(Calcutta|Katmandu|Rangoon|Kiev|Godthab|Asmera|Saigon) /.test(option.label))).toEqual([]);
  });

  it("names the other zones' places in Chinese too, each once", () => {
    const [, all] = timeZoneGroups("zh-Hans-CN", supported, names({}, "常用时区", "全部时区"), JAN);
    const label = (zones: string[]) => all!.options.find((option) => zones.includes(option.value))!.label;
    expect(label(["America/Argentina/Buenos_Aires", "America/Buenos_Aires"])).toBe("布宜诺斯艾利斯 · 阿根廷标准时间（GMT-3）");
    expect(label(["America/Chicago"])).toBe("芝加哥 · 北美中部时间（GMT-6）");
    const labels = all!.options.map((option) => option.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((text) => /^[A-Za-z]/.test(text))).toEqual([]);
  });
});
