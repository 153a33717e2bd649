import "regenerator-runtime/runtime.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "./woff-to-sfnt";

const khmer = readFileSync(path.join(process.cwd(), "node_modules/@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff"));

describe("woffToSfnt", () => {
  it("unpacks a WOFF into a font fontkit reads, every glyph on a 4-byte boundary with long offsets", () => {
    const sfnt = woffToSfnt(khmer);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const font = fontkit.create(sfnt);
    expect(font.hasGlyphForCodePoint("ក".codePointAt(0)!)).toBe(true);
    const tables = font as unknown as { head: { indexToLocFormat: number }; loca: { offsets: number[] } };
    expect(tables.head.indexToLocFormat).toBe(1);
    expect(tables.loca.offsets.every((offset) => offset % 4 === 0)).toBe(true);
  });

  it("gives a font that pdf-lib subsets and embeds", async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(woffToSfnt(khmer), { subset: true });
    doc.addPage().drawText("ខ្មែរ", { font, x: 10, y: 10 });
    expect((await doc.save()).length).toBeGreaterThan(1000);
  });

  it("refuses what is not a WOFF", () => {
    expect(() => woffToSfnt(new Uint8Array(100))).toThrow("Not a WOFF font");
  });
});
