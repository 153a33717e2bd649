import { UNSHOWN } from "@/lib/cases/clean-text";

/** Characters a name shows, counted as a reader does: "收", "é" or a flag is one however many code units it takes. */
export const MAX_FILE_NAME_CHARACTERS = 100;

// What quotes or splits a header or a shell word; what is not shown at all
// (bidi overrides, which can make "gpj.exe" read as "exe.jpg") goes as from any typed text.
const QUOTING = /["'<>:|?*;%`$]/g;

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
    .replace(UNSHOWN, "")
    .replace(QUOTING, "")
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
