import { describe, expect, it } from "vitest";
import { toAsciiDigits } from "./ascii-digits";

describe("toAsciiDigits", () => {
  it("reads full-width and Khmer digits as ASCII, and leaves other text alone", () => {
    expect(toAsciiDigits("０９７ ５５５ １２３４")).toBe("097 555 1234");
    expect(toAsciiDigits("＋８５５－１２")).toBe("+855-12");
    expect(toAsciiDigits("០៩៧ ៥៥៥ ១២៣៤")).toBe("097 555 1234");
    expect(toAsciiDigits("Airport card 收据")).toBe("Airport card 收据");
  });
});
