import { describe, expect, it } from "vitest";
import { cleanLine, cleanLines } from "./clean-text";

describe("cleanLine", () => {
  it("turns line breaks into spaces, so a name cannot forge an extra line", () => {
    expect(cleanLine("a\r\nBcc: x@evil.com\nb\tc")).toBe("a Bcc: x@evil.com b c");
  });

  it("drops controls, bidi overrides and zero-width spaces", () => {
    expect(cleanLine("re\u202Efdp.exe\u200B\u0000\u0007\u2066x\u2069\uFEFF")).toBe("refdp.exex");
  });

  it("keeps Chinese, Khmer, emoji and the joiners they are built with", () => {
    const text = "金边旅行卡 ស្មាត 👨‍👩‍👧 نیم‌فاصله 🏴\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}";
    expect(cleanLine(text)).toBe(text);
  });
});

describe("cleanLines", () => {
  it("keeps line breaks, written as \\n", () => {
    expect(cleanLines("one\r\ntwo\rthree\u2028four")).toBe("one\ntwo\nthree\nfour");
  });

  it("drops controls and bidi overrides between the lines", () => {
    expect(cleanLines("a\u202E\u0008b\nc\u200B")).toBe("ab\nc");
  });
});
