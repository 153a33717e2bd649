import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { caseTitle } from "./case-title";
import type { MessageTranslator } from "./step-text";

const english = createTranslator({ locale: "en", messages: en }) as unknown as MessageTranslator;
const chinese = createTranslator({ locale: "zh", messages: zh }) as unknown as MessageTranslator;
const smart = { nickname: null, operator: "SMART" as const, providerName: null, phoneNumber: "+85512345678", orderNumber: null };

describe("caseTitle", () => {
  it("is the nickname when there is one", () => {
    expect(caseTitle(english, { ...smart, nickname: "Tourist SIM" })).toBe("Tourist SIM");
  });

  it("is the operator and the number's last digits otherwise, in the reader's language", () => {
    expect(caseTitle(english, smart)).toBe("Smart\u00a0…5678");
    expect(caseTitle(chinese, smart)).toBe("Smart\u00a0尾号\u00a05678");
    expect(caseTitle(english, { ...smart, phoneNumber: "+855971234567" })).toBe("Smart\u00a0…4567");
  });

  it("names an eSIM by its provider and order number, and a case with neither by its operator", () => {
    const esim = { ...smart, operator: "ESIM" as const, providerName: "Airalo", phoneNumber: null, orderNumber: "AB-99 1234" };
    expect(caseTitle(english, esim)).toBe("Airalo order\u00a0…1234");
    expect(caseTitle(chinese, esim)).toBe("Airalo\u00a0订单尾号\u00a01234");
    expect(caseTitle(english, { ...esim, orderNumber: null })).toBe("Airalo");
  });
});
