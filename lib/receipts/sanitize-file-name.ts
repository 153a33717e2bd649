/** Characters a name shows, counted as a reader does: "收", "é" or a flag is one however many code units it takes. */
export const MAX_FILE_NAME_CHARACTERS = 100;

// Control and format characters (bidi overrides among them, which can make
// "gpj.exe" read as "exe.jpg"), lone surrogates, and what quotes or splits a
// header or a shell word. The joiners U+200C and U+200D are kept: Persian and
// Indic words and emoji sequences need them, and they reorder nothing.
const UNSAFE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Cs}"'<>:|?*;%`$]/gu;

const characters = new Intl.Segmenter("und", { granularity: "grapheme" });

/**
 * A name safe to show and to put in a download header: no directories, no
 * control or quoting characters, at most MAX_FILE_NAME_CHARACTERS before the
 * extension and never cut inside a character; letters of any script stay.
 * `extension` replaces the original one (a HEIC photo is kept as .jpg).
 */
export function sanitizeFileName(original: string, extension: string): string {
  const base = original.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/\.[^.]*$/, "")
    .normalize("NFC")
    .replace(UNSAFE, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  let stem = "";
  let count = 0;
  for (const { segment } of characters.segment(cleaned)) {
    if (++count > MAX_FILE_NAME_CHARACTERS) break;
    stem += segment;
  }
  return `${stem.trim() || "receipt"}${extension}`;
}
