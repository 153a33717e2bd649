import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/http/content-disposition";
import { MAX_FILE_NAME_CHARACTERS, sanitizeFileName } from "./sanitize-file-name";

const graphemes = (text: string) => [...new Intl.Segmenter("und", { granularity: "grapheme" }).segment(text)].map((part) => part.segment);

describe("sanitizeFileName", () => {
  it("keeps the name readable, in any script, with the stored type's extension", () => {
    expect(sanitizeFileName("收据 CooTel.HEIC", ".jpg")).toBe("收据 CooTel.jpg");
    expect(sanitizeFileName("Smart confirmation.pdf", ".pdf")).toBe("Smart confirmation.pdf");
    expect(sanitizeFileName("Scan_2026_12_01_final_v2_收据.png", ".png")).toBe("Scan_2026_12_01_final_v2_收据.png");
    expect(sanitizeFileName("បង្កាន់ដៃ Smart ២០២៦.jpg", ".jpg")).toBe("បង្កាន់ដៃ Smart ២០២៦.jpg");
    expect(sanitizeFileName("Quittung Müller – März.pdf", ".pdf")).toBe("Quittung Müller – März.pdf");
  });

  it("keeps a scanner's long name whole, its distinguishing end included", () => {
    const name = "Scan_of_the_receipt_from_the_Metfone_shop_at_Phnom_Penh_airport_2026_12_01_final_v2_收据";
    expect(name.length).toBeGreaterThan(80);
    expect(sanitizeFileName(`${name}.png`, ".png")).toBe(`${name}.png`);
  });

  it("cuts a name too long by characters, never inside one, and keeps the extension", () => {
    expect(sanitizeFileName(`${"x".repeat(300)}.pdf`, ".pdf")).toBe(`${"x".repeat(MAX_FILE_NAME_CHARACTERS)}.pdf`);
    // Three bytes each in UTF-8: a byte limit would have kept a third of them.
    expect(sanitizeFileName(`${"收".repeat(150)}.jpg`, ".jpg")).toBe(`${"收".repeat(MAX_FILE_NAME_CHARACTERS)}.jpg`);
    // An emoji (two UTF-16 units) and a flag (four) straddling the limit go whole or not at all.
    const emoji = sanitizeFileName(`${"a".repeat(MAX_FILE_NAME_CHARACTERS - 1)}😀tail.png`, ".png");
    expect(emoji).toBe(`${"a".repeat(MAX_FILE_NAME_CHARACTERS - 1)}😀.png`);
    const flag = sanitizeFileName(`${"a".repeat(MAX_FILE_NAME_CHARACTERS)}🇰🇭.png`, ".png");
    expect(flag).toBe(`${"a".repeat(MAX_FILE_NAME_CHARACTERS)}.png`);
    // "é" typed as e and a combining accent is one character.
    const accented = sanitizeFileName(`${"e\u0301".repeat(150)}.jpg`, ".jpg");
    expect(accented).toBe(`${"é".repeat(MAX_FILE_NAME_CHARACTERS)}.jpg`);
  });

  it("drops directories, quotes, control characters and hidden-file dots", () => {
    expect(sanitizeFileName("../../etc/passwd.jpg", ".jpg")).toBe("passwd.jpg");
    expect(sanitizeFileName('C:\\Users\\a\\"evil"\r\n<b>.png', ".png")).toBe("evilb.png");
    expect(sanitizeFileName("...hidden.pdf", ".pdf")).toBe("hidden.pdf");
    expect(sanitizeFileName(".jpg", ".jpg")).toBe("receipt.jpg");
    expect(sanitizeFileName("it's; \"quoted\" `cmd` $HOME 100%.pdf", ".pdf")).toBe("its quoted cmd HOME 100.pdf");
  });

  it("drops the direction overrides and isolates that make a name read backwards", () => {
    // U+202E shows "invoice\u202Egpj.exe" as "invoiceexe.jpg".
    expect(sanitizeFileName("invoice\u202Egpj.exe.png", ".png")).toBe("invoicegpj.exe.png");
    expect(sanitizeFileName("a\u2066b\u2067c\u2068d\u2069e\u200ef\u200fg\u202ah\u202bi\u202cj\u202dk.jpg", ".jpg")).toBe("abcdefghijk.jpg");
    expect(sanitizeFileName("\ufeffBOM\u00ad.pdf", ".pdf")).toBe("BOM.pdf");
  });

  it("keeps the joiners that words and emoji are written with", () => {
    expect(sanitizeFileName("می\u200cخواهم.jpg", ".jpg")).toBe("می\u200cخواهم.jpg");
    expect(sanitizeFileName("family 👨\u200d👩\u200d👧.png", ".png")).toBe("family 👨\u200d👩\u200d👧.png");
  });

  it("gives, from any name, one that fits the limit and goes into a download header and back unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (original) => {
        const name = sanitizeFileName(original, ".jpg");
        expect(name.endsWith(".jpg")).toBe(true);
        expect(name).not.toMatch(/[/\\"'\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
        expect(graphemes(name.slice(0, -4)).length).toBeLessThanOrEqual(MAX_FILE_NAME_CHARACTERS);
        const encoded = /filename\*=UTF-8''(.+)$/.exec(contentDisposition("attachment", name))![1]!;
        expect(decodeURIComponent(encoded)).toBe(name);
      }),
    );
  });

  it("never leaves half of a character, even from a name that has one", () => {
    expect(sanitizeFileName("broken \ud83d name.png", ".png")).toBe("broken name.png");
  });
});
