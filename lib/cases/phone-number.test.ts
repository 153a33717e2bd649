import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPhone, maskPhone, parseCambodianPhone } from "./phone-number";

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
  ])("reads %s as %s", (input, e164) => {
    expect(parseCambodianPhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ["", "cases.enterPhone"],
    ["12345", "cases.phoneIncomplete"],
    ["012 345 67", "cases.phoneIncomplete"],
    ["012 345 678 901", "cases.phoneIncomplete"],
    ["+86 138 0013 8000", "cases.phoneNotCambodian"],
    ["012 345 678 ext 2", "cases.phoneDigitsOnly"],
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
        (first, rest, prefix, separator) => {
          const national = `${first}${rest}`;
          const written = prefix + national.slice(0, 2) + separator + national.slice(2, 5) + separator + national.slice(5);
          expect(parseCambodianPhone(written)).toEqual({ ok: true, e164: `+855${national}` });
        },
      ),
    );
  });
});

describe("showing numbers", () => {
  it("formats 8- and 9-digit national numbers", () => {
    expect(formatPhone("+85512345678")).toBe("+855 12 345 678");
    expect(formatPhone("+855971234567")).toBe("+855 97 123 4567");
  });

  it("masks all but the last four digits", () => {
    expect(maskPhone("+85512345678")).toBe("+855 •• ••• 5678");
    expect(maskPhone("+855971234567")).toBe("+855 •• ••• 4567");
  });
});
