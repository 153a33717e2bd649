// Characters that change how text is shown rather than what it says: controls
// (a line break in a one-line name becomes a fake extra line in a Telegram
// message or a file name), format characters such as bidi overrides (U+202E
// shows "fdp.exe" as "exe.pdf") and zero-width spaces, and lone surrogates.
// Kept: the joiners U+200C and U+200D, which Persian and Indic words and emoji
// sequences need, and the tag characters of a subdivision flag; none reorders text.
export const UNSHOWN = /(?![\u{e0020}-\u{e007f}\u200c\u200d])[\p{Cc}\p{Cf}\p{Cs}]/gu;
const LINE_BREAKS = /[\r\n\t\u2028\u2029\u0085]+/g;

/** A one-line field's text as it should be kept: breaks and tabs become a space, other unshown characters go. */
export function cleanLine(value: string): string {
  return value.replace(LINE_BREAKS, " ").replace(UNSHOWN, "");
}

/** A multi-line field's text: line breaks kept (\r\n as \n), tabs as spaces, other unshown characters gone. */
export function cleanLines(value: string): string {
  return value
    .replace(/\t/g, " ")
    .split(/\r\n?|\n|\u2028|\u2029|\u0085/)
    .map((line) => line.replace(UNSHOWN, ""))
    .join("\n");
}
