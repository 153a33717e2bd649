import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/http/field-errors";
import en from "@/messages/en.json";
import { switchLanguageSchema } from "./schemas";

describe("switchLanguageSchema", () => {
  it("accepts the languages the app speaks", () => {
    expect(switchLanguageSchema.parse({ locale: "zh" })).toEqual({ locale: "zh" });
    expect(switchLanguageSchema.parse({ locale: "en" })).toEqual({ locale: "en" });
  });

  it.each(["fr", "ZH", "", null, "zh-CN"])("refuses %j with a message key that exists", (locale) => {
    const result = switchLanguageSchema.safeParse({ locale });
    expect(result.success).toBe(false);
    const { locale: key } = fieldErrors(result.error!);
    expect(key).toBe("chooseLanguage");
    expect(en.errors[key as "chooseLanguage"]).toBeTruthy();
  });
});
