import "server-only";
// fontkit's Khmer (Indic) shaper is built with Babel generators that expect this global.
import "regenerator-runtime/runtime.js";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from "pdf-lib";
import { dropUndrawable } from "./drop-undrawable";
import { glyphCoverage } from "./glyph-coverage";
import type { ProofFonts } from "./load-proof-fonts";

const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.4, 0.45);

type Face = { font: PDFFont; covers: ReadonlySet<number> };
/** Faces read only when `text` (all a pack may draw) has a Chinese character the given ones lack. */
export type FallbackFaces = { text: string; load: () => Promise<ProofFonts> };
const HAN = /\p{Script=Han}/gu;
type Run = { font: PDFFont; text: string };
export type TextStyle = { size?: number; muted?: boolean; indent?: number; gapAfter?: number };

/**
 * Draws flowing text on A4 pages: each character in the first embedded face
 * that has it (Latin, Chinese, Khmer, then the fallback faces), characters none has
 * left out (drop-undrawable.ts), lines broken where the language allows
 * (Intl.Segmenter knows Chinese and Khmer words), new pages as needed.
 */
export async function createPdfWriter(fonts: ProofFonts, locale: string, more?: FallbackFaces) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const faces: Face[] = [];
  const embed = async (each: ProofFonts) => {
    for (const { bytes } of each) {
      faces.push({ font: await doc.embedFont(bytes, { subset: true }), covers: glyphCoverage(bytes) });
    }
  };
  await embed(fonts);
  // Drawing is synchronous, so a face loaded on demand is decided before it: by every character the pack may draw.
  if (more && [...more.text.matchAll(HAN)].some(([char]) => !faces.some((face) => face.covers.has(char.codePointAt(0) ?? 0)))) {
    await embed(await more.load());
  }
  if (faces.length === 0) throw new Error("No fonts to write with");
  const drawable = (code: number) => faces.some((face) => face.covers.has(code));
  const coverage = new Map(faces.map((face) => [face.font, face.covers]));
  const words = new Intl.Segmenter(locale, { granularity: "word" });
  const graphemes = new Intl.Segmenter(locale, { granularity: "grapheme" });
  let page: PDFPage = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;

  function runs(text: string): Run[] {
    const result: Run[] = [];
    let current: Run | null = null;
    for (const char of text.replace(/\s/g, " ")) {
      const code = char.codePointAt(0) ?? 0;
      // Stay in the current face while it has the glyph: a Khmer syllable or a spaced phrase is shaped as one run.
      if (current && coverage.get(current.font)?.has(code)) {
        current.text += char;
        continue;
      }
      const face = faces.find((entry) => entry.covers.has(code));
      // No face has it (dropUndrawable has left such characters out before): nothing is drawn for it.
      if (!face) continue;
      current = { font: face.font, text: char };
      result.push(current);
    }
    return result;
  }

  const widthOf = (text: string, size: number) => runs(text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);

  function ensureSpace(height: number) {
    if (y - height >= PAGE.margin + 16) return;
    page = doc.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.margin;
  }

  /** Splits a paragraph into lines no wider than `width`. */
  function wrap(paragraph: string, size: number, width: number): string[] {
    const text = dropUndrawable(paragraph, drawable, graphemes);
    const lines: string[] = [];
    let line = "";
    let lineWidth = 0;
    const pieces = [...words.segment(text)].flatMap(({ segment }) =>
      widthOf(segment, size) > width ? [...graphemes.segment(segment)].map((part) => part.segment) : [segment],
    );
    for (const piece of pieces) {
      const pieceWidth = widthOf(piece, size);
      if (line !== "" && lineWidth + pieceWidth > width && piece.trim() !== "") {
        lines.push(line.trimEnd());
        line = piece.trimStart();
        lineWidth = widthOf(line, size);
      } else {
        line += piece;
        lineWidth += pieceWidth;
      }
    }
    lines.push(line.trimEnd());
    return lines;
  }

  function drawLine(text: string, x: number, size: number, muted: boolean) {
    let cursor = x;
    for (const run of runs(text)) {
      page.drawText(run.text, { x: cursor, y, size, font: run.font, color: muted ? MUTED : INK });
      cursor += run.font.widthOfTextAtSize(run.text, size);
    }
  }

  // A heading waits for what follows it, so a page never ends on a heading
  // whose first item (a half-page photo, say) went over to the next page.
  let heading: { value: string; size: number } | null = null;
  function keepHeadingWith(height: number) {
    if (!heading) return;
    const { value, size } = heading;
    heading = null;
    const lines = wrap(value, size, CONTENT_WIDTH);
    ensureSpace(10 + lines.length * size * 1.45 + 10 + height);
    y -= 10;
    text(value, { size, gapAfter: 2 });
    page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 0.75, color: MUTED });
    y -= 8;
  }

  /** Text that wraps and flows onto new pages. */
  function text(value: string, { size = 10.5, muted = false, indent = 0, gapAfter = 4 }: TextStyle = {}) {
    const lineHeight = size * 1.45;
    const lines = value.split(/\r?\n/).flatMap((paragraph) => wrap(paragraph, size, CONTENT_WIDTH - indent));
    keepHeadingWith(lineHeight * Math.min(lines.length, 2));
    for (const line of lines) {
      ensureSpace(lineHeight);
      y -= lineHeight;
      drawLine(line, PAGE.margin + indent, size, muted);
    }
    y -= gapAfter;
  }

  return {
    doc,
    text,
    /** A section heading with a rule under it, drawn with the start of what follows. */
    heading(value: string, size = 14) {
      keepHeadingWith(0);
      heading = { value, size };
    },
    /** A label and its value side by side, the value wrapping in its column. */
    field(label: string, value: string) {
      const labelWidth = 170;
      const size = 10.5;
      const lineHeight = size * 1.45;
      const valueLines = wrap(value, size, CONTENT_WIDTH - labelWidth);
      // Nothing drawable (a nickname of emoji alone): no field, rather than a label over a blank.
      if (valueLines.every((line) => line.trim() === "")) return;
      const labelLines = wrap(label, 9, labelWidth - 8);
      keepHeadingWith(lineHeight * Math.max(labelLines.length, 1));
      ensureSpace(lineHeight * Math.max(labelLines.length, 1));
      const top = y;
      labelLines.forEach((line, index) => {
        y = top - lineHeight * (index + 1);
        drawLine(line, PAGE.margin, 9, true);
      });
      const labelBottom = y;
      y = top;
      for (const line of valueLines) {
        ensureSpace(lineHeight);
        y -= lineHeight;
        drawLine(line, PAGE.margin + labelWidth, size, false);
      }
      y = Math.min(y, labelBottom) - 3;
    },
    /** An image scaled to the text width and at most half a page tall, its caption above it on the same page. */
    image(image: PDFImage, caption: string) {
      const scale = Math.min(1, CONTENT_WIDTH / image.width, PAGE.height / 2 / image.height);
      const width = image.width * scale;
      const height = image.height * scale;
      const captionHeight = wrap(caption, 9, CONTENT_WIDTH).length * 9 * 1.45;
      keepHeadingWith(height + 6 + captionHeight);
      ensureSpace(height + 6 + captionHeight);
      text(caption, { size: 9, muted: true, gapAfter: 2 });
      y -= height;
      page.drawImage(image, { x: PAGE.margin, y, width, height });
      y -= 10;
    },
    /**
     * Page numbers over every page, attached ones included, once everything is
     * in. `footerOf` gives each page's line (the pack's title, or which
     * attachment the page is from) as choices, longest first: an attached page
     * may be narrow, so the first that fits is drawn, else the last shortened.
     */
    finish(footerOf: (index: number) => string[]) {
      keepHeadingWith(0);
      const pages = doc.getPages();
      const size = 8;
      pages.forEach((each, index) => {
        page = each;
        const box = each.getMediaBox();
        const margin = Math.min(PAGE.margin, box.width / 10);
        const number = `${index + 1} / ${pages.length}`;
        const numberWidth = widthOf(number, size);
        const room = box.width - 2 * margin - numberWidth - size;
        const choices = footerOf(index);
        const fitting = choices.find((choice) => widthOf(choice, size) <= room);
        const [first = "", ...rest] = fitting === undefined ? wrap(choices.at(-1) ?? "", size, room - widthOf("…", size)) : [fitting];
        y = box.y + Math.min(PAGE.margin - 8, box.height / 20);
        drawLine(rest.length > 0 ? `${first}…` : first, box.x + margin, size, true);
        drawLine(number, box.x + box.width - margin - numberWidth, size, true);
      });
    },
  };
}

export type PdfWriter = Awaited<ReturnType<typeof createPdfWriter>>;
