import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPhone, maskPhone, parseCambodianPhone, parsePhone } from "./phone-number";

/** As a Chinese keyboard in full-width mode types it: "０１２－３４５" and the ideographic space. */
const toFullWidth = (text: string) =>
  text.replace(/[!-~ ]/g, (char) => (char === " " ? "\u3000" : String.fromCharCode(char.charCodeAt(0) + 0xfee0)));

describe("parseCambodianPhone", () => {
  it.each([
    ["012 345 678", "+85512345678"],
    ["012-345-678", "+85512345678"],
    ["+855 12 345 678", "+85512345678"],
    ["855 12 345 678", "+85512345678"],
    ["+855-12-345-678", "+85512345678"],
    ["+855 012 345 678", "+85512345678"],
    ["(097) 123 4567", "+855971234567"],
    ["0971234567", "+855971234567"],
    ["  +855971234567 ", "+855971234567"],
    // A Chinese keyboard in full-width mode: its digits, plus, dash, brackets and the ideographic space.
    ["０９７ ５５５ １２３４", "+855975551234"],
    ["＋８５５　９７－５５５－１２３４", "+855975551234"],
    ["（０１２）３４５６７８", "+85512345678"],
    ["012—345—678", "+85512345678"],
    // A Khmer keyboard's digits.
    ["០៩៧ ៥៥៥ ១២៣៤", "+855975551234"],
    ["012–345–678", "+85512345678"],
  ])("reads %s as %s", (input, e164) => {
    expect(parseCambodianPhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ["", "cases.enterPhone"],
    ["12345", "cases.phoneIncomplete"],
    ["012 345 67", "cases.phoneIncomplete"],
    ["012 345 678 901", "cases.phoneTooManyDigits"],
    ["012-345-6789012", "cases.phoneTooManyDigits"],
    ["+855 97 555 12345", "cases.phoneTooManyDigits"],
    ["０１２－３４５－６７８９０１２", "cases.phoneTooManyDigits"],
    ["+855 123 4567", "cases.phoneIncomplete"],
    ["855 123 4567", "cases.phoneIncomplete"],
    ["０９７ ５５５", "cases.phoneIncomplete"],
    ["+86 138 0013 8000", "cases.phoneNotCambodian"],
    ["012 345 678 ext 2", "cases.phoneDigitsOnly"],
    ["０１２ ３４５ ６７８ 转 2", "cases.phoneDigitsOnly"],
    ["0012 345 678", "cases.phoneIncomplete"],
  ])("refuses %j with a clear message", (input, message) => {
    const result = parseCambodianPhone(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toBe(message);
  });

  it("reads the same number the same way in every accepted notation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.stringMatching(/^\d{7,8}$/),
        fc.constantFrom("0", "+855 ", "855", "+855-0"),
        fc.constantFrom(" ", "-", ""),
        fc.boolean(),
        (first, rest, prefix, separator, fullWidth) => {
          const national = `${first}${rest}`;
          const written = prefix + national.slice(0, 2) + separator + national.slice(2, 5) + separator + national.slice(5);
          expect(parseCambodianPhone(fullWidth ? toFullWidth(written) : written)).toEqual({ ok: true, e164: `+855${national}` });
        },
      ),
    );
  });
});

describe("parsePhone", () => {
  it.each([
    ["+44 7700 900123", "+447700900123"],
    ["＋８６ １３８－００１３－８０００", "+8613800138000"],
    ["+1 (202) 555-0143", "+12025550143"],
    ["+65 9123 4567", "+6591234567"],
    // Cambodian numbers read as before, with or without the +855.
    ["+855 12 345 678", "+85512345678"],
    ["012 345 678", "+85512345678"],
    // Copied from a contact card or a chat: direction marks and zero-width spaces the field does not show.
    ["\u202a+855 12 345 678\u202c", "+85512345678"],
    ["\u2066012\u200b345\u200b678\u2069", "+85512345678"],
    ["\ufeff\u200e+44 7700 900123\u200f", "+447700900123"],
  ])("reads %j as %s", (input, e164) => {
    expect(parsePhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ["+44 77", "cases.phoneInternationalInvalid"],
    ["+44 7700 900123 4567", "cases.phoneInternationalInvalid"],
    // A digit dropped from a Singapore number, and a country code no country has.
    ["+65 9123 456", "cases.phoneInternationalInvalid"],
    ["+999 1234 5678", "cases.phoneInternationalInvalid"],
    ["+0 123 456 789", "cases.phoneInternationalInvalid"],
    ["+855 123 4567", "cases.phoneIncomplete"],
    // Only a + marks a foreign number: this is a Cambodian one with a zero too many.
    ["0012 345 678", "cases.phoneIncomplete"],
    ["+44 7700 900123 ext 2", "cases.phoneDigitsOnly"],
  ])("refuses %j with a clear message", (input, message) => {
    expect(parsePhone(input)).toEqual({ ok: false, error: message });
  });
});

describe("showing numbers", () => {
  it("shows a foreign number as its country writes it, and masks it to its country code and last four digits", () => {
    expect(formatPhone("+447700900123")).toBe("+44 7700 900123");
    expect(formatPhone("+8613800138000")).toBe("+86 138 0013 8000");
    expect(maskPhone("+447700900123")).toBe("+44 ••• 0123");
  });

  it("formats 8- and 9-digit national numbers", () => {
    expect(formatPhone("+85512345678")).toBe("+855 12 345 678");
    expect(formatPhone("+855971234567")).toBe("+855 97 123 4567");
  });

  it("masks all but the last four digits", () => {
    expect(maskPhone("+85512345678")).toBe("+855 •• ••• 5678");
    expect(maskPhone("+855971234567")).toBe("+855 •• ••• 4567");
  });
});
