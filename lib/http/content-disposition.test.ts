import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

/** What a browser takes from the header: the UTF-8 name when given, else the quoted one. */
function nameFrom(header: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/.exec(header);
  if (extended) return decodeURIComponent(extended[1]!);
  return /filename="([^"]*)"/.exec(header)![1]!;
}

describe("contentDisposition", () => {
  it("keeps a Chinese or Khmer name exactly, with an ASCII fallback", () => {
    const header = contentDisposition("attachment", "收据 Smart ២០២៦.pdf");
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(nameFrom(header)).toBe("收据 Smart ២០២៦.pdf");
  });

  it("cannot be broken out of by quotes, backslashes, semicolons or apostrophes", () => {
    const header = contentDisposition("inline", `a"b\\c; filename=evil.html's (1).jpg`);
    expect(header.startsWith("inline; ")).toBe(true);
    expect(header).not.toMatch(/[\r\n]/);
    // One quoted parameter and one extended one, nothing else.
    expect(/filename="([^"]*)"/.exec(header)![1]).toBe("a_b_c; filename=evil.html's (1).jpg");
    expect(header.split("filename*=")).toHaveLength(2);
    expect(nameFrom(header)).toBe(`a"b\\c; filename=evil.html's (1).jpg`);
  });
});
