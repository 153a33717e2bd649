import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { glyphCoverage } from "./glyph-coverage";
import { woffToSfnt } from "./woff-to-sfnt";

const latin = new Uint8Array(woffToSfnt(readFileSync(path.join(process.cwd(), "node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff"))));
const code = (char: string) => char.codePointAt(0)!;

describe("glyphCoverage", () => {
  it("has the face's letters, and neither emoji nor the code points its cmap lists without a glyph", () => {
    const covers = glyphCoverage(latin);
    for (const char of ["A", "#", "·", "©"]) expect(covers.has(code(char)), char).toBe(true);
    for (const char of ["✈", "✅", "😀", "\ufe0f", "\uffff"]) expect(covers.has(code(char)), char).toBe(false);
  });

  it("is worked out once per face", () => {
    expect(glyphCoverage(latin)).toBe(glyphCoverage(latin));
  });
});
