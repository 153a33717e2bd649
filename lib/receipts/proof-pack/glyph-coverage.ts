import "server-only";
import fontkit from "@pdf-lib/fontkit";

// The faces are read once per process (load-proof-fonts.ts), so each is looked through once too.
const covered = new WeakMap<Uint8Array, ReadonlySet<number>>();

/**
 * The code points a face has a glyph for. Not its cmap's character set alone:
 * that lists whole ranges, code points that map to no glyph included (U+FFFF
 * in every face here), which would print as a blank box.
 */
export function glyphCoverage(bytes: Uint8Array): ReadonlySet<number> {
  let set = covered.get(bytes);
  if (!set) {
    const font = fontkit.create(bytes);
    set = new Set(font.characterSet.filter((code) => font.hasGlyphForCodePoint(code)));
    covered.set(bytes, set);
  }
  return set;
}
