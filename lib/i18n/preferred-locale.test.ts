import { describe, expect, it } from "vitest";
import { preferredLocale } from "./preferred-locale";

describe("preferredLocale", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["en-US,en;q=0.9,zh-CN;q=0.8", "en"],
    ["km-KH,zh-TW;q=0.9", "zh"],
    ["en;q=0.5,zh;q=0.8", "zh"],
    ["fr-FR", "en"],
    ["", "en"],
  ])("%j -> %s", (header, locale) => {
    expect(preferredLocale(header)).toBe(locale);
  });

  it("reads a missing header as English", () => {
    expect(preferredLocale(null)).toBe("en");
  });
});
