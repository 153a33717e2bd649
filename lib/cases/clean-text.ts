// Characters that change how text is shown rather than what it says: controls
// (a line break in a one-line name becomes a fake extra line in a Telegram
// message or a file name), bidi overrides and isolates (U+202E shows "fdp.exe"
// as "exe.pdf"), and invisible zero-width spaces and word joiners. Zero-width
// joiners and non-joiners stay: emoji sequences and some scripts need them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
// eslint-disable-next-line no-control-regex -- controls are what this removes
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /[\r\n\t\u2028\u2029\u0085]+/g;

/** A one-line field's text as it should be kept: breaks and tabs become a space, controls and bidi overrides go. */
export function cleanLine(value: string): string {
  return value.replace(LINE_BREAKS, " ").replace(CONTROLS, "").replace(BIDI_CONTROLS, "").replace(INVISIBLE, "");
}

/** A multi-line field's text: line breaks kept (\r\n as \n), other controls and bidi overrides gone. */
export function cleanLines(value: string): string {
  return value
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, "\n")
    .replace(/\t/g, " ")
    .replace(CONTROLS, "")
    .replace(BIDI_CONTROLS, "")
    .replace(INVISIBLE, "");
}
