import "server-only";

/**
 * The text without the characters no embedded face can draw (emoji, mostly):
 * a "?" in their place would read as a doubt about a reference number, and a
 * box as a damaged file. A character goes whole: the variation selector, skin
 * tone or joined emoji after it too. The spaces around one that went are
 * closed up, so "Airport ✈️ card" prints as "Airport card".
 */
export function dropUndrawable(text: string, drawable: (codePoint: number) => boolean, graphemes: Intl.Segmenter): string {
  let kept = "";
  let dropped = false;
  for (const { segment } of graphemes.segment(text)) {
    const codePoints = [...segment].map((char) => char.codePointAt(0) ?? 0);
    // Any space is drawn as a plain one.
    if (/^\s+$/.test(segment)) {
      kept += segment;
      continue;
    }
    if (!drawable(codePoints[0] ?? 0)) {
      dropped = true;
      continue;
    }
    // A drawable letter keeps its marks the faces have; a mark they lack (U+FE0F after "©") is left off.
    kept += String.fromCodePoint(...codePoints.filter(drawable));
  }
  return dropped ? kept.replace(/ {2,}/g, " ").trim() : kept;
}
