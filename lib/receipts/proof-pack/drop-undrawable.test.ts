import { describe, expect, it } from "vitest";
import { dropUndrawable } from "./drop-undrawable";

// A face with ASCII, "©", "收据" and the Khmer of "ស្មាត" (its coeng U+17D2 included).
const drawable = (code: number) => (code >= 0x20 && code < 0x7f) || code === 0xa9 || "收据ស្មាត".includes(String.fromCodePoint(code));
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const drop = (text: string) => dropUndrawable(text, drawable, graphemes);

describe("dropUndrawable", () => {
  it("leaves out emoji rather than standing a '?' in for them, and closes the gap", () => {
    expect(drop("Airport card ✈️")).toBe("Airport card");
    expect(drop("Ref #SM-88231 ✅")).toBe("Ref #SM-88231");
    expect(drop("I ❤️ Phnom Penh")).toBe("I Phnom Penh");
    expect(drop("😀 first")).toBe("first");
  });

  it("drops a joined emoji, a flag or a skin tone whole", () => {
    expect(drop("family 👨‍👩‍👧 card")).toBe("family card");
    expect(drop("Cambodia 🇰🇭 SIM")).toBe("Cambodia SIM");
    expect(drop("thanks 👍🏽")).toBe("thanks");
  });

  it("keeps a drawable letter when only its variation selector is missing", () => {
    expect(drop("©️ Smart")).toBe("© Smart");
  });

  it("changes nothing in text the faces can draw, spacing included", () => {
    for (const text of ["收据  Smart", "ស្មាត", "  indented", "tab\there", ""]) expect(drop(text)).toBe(text);
  });
});
