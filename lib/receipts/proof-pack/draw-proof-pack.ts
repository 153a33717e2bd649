import "server-only";
import { PDFDocument } from "pdf-lib";
import { caseNoteTexts, isWaitStart, referenceNumbers } from "@/lib/cases/case-view";
import { describeEvent } from "@/lib/cases/describe-event";
import { operatorName } from "@/lib/cases/operator-name";
import { formatPhone } from "@/lib/cases/phone-number";
import type { Formatter } from "@/lib/i18n/date-formatter";
import type { Locale } from "@/lib/i18n/locales";
import type { getTranslator } from "@/lib/i18n/translator";
import type { ReceiptVariant } from "../storage/storage-driver";
import type { ProofFonts } from "./load-proof-fonts";
import type { ProofPackCase } from "./find-proof-pack-case";
import { loadTraditionalChineseFont } from "./load-traditional-chinese-font";
import { createPdfWriter } from "./pdf-writer";

type Translator = Awaited<ReturnType<typeof getTranslator>>;
export type ProofPackTexts = { locale: Locale; reader: Translator; english: Translator; readerFormat: Formatter; englishFormat: Formatter };
type ReadReceipt = (receiptId: string, variant: ReceiptVariant) => Promise<Buffer | null>;

/** The reader's words, then the English when they differ: "收据 · Receipts". */
function both(reader: string, english: string): string {
  return reader === english ? reader : `${reader} · ${english}`;
}

/** The pages of a receipt PDF, or null when it cannot be read (encrypted, damaged). */
async function receiptPdf(bytes: Buffer | null): Promise<PDFDocument | null> {
  if (!bytes) return null;
  try {
    return await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    return null;
  }
}

/** "附件：confirmation.pdf，第 1/2 页 · Attached: confirmation.pdf, page 1/2", or only the reader's words where that does not fit. */
function attachmentLines({ reader, english }: ProofPackTexts, name: string, page: number, pages: number): string[] {
  const own = reader("proofPack.attachmentPage", { name, page, pages });
  return [both(own, english("proofPack.attachmentPage", { name, page, pages })), own];
}

/** Lays out a proof pack: the SIM and its dates, reference numbers, proof images, the timeline; receipt PDFs appended. */
export async function drawProofPack(
  found: ProofPackCase,
  texts: ProofPackTexts,
  fonts: ProofFonts,
  now: Date,
  receipts: { read: ReadReceipt; budget: number },
): Promise<Uint8Array> {
  const { read, budget } = receipts;
  const { reader, english, readerFormat, englishFormat } = texts;
  const label = (key: Parameters<Translator>[0]) => both(reader(key), english(key));
  const date = (value: Date, kind: "date" | "dateTime" = "dateTime") => both(readerFormat.dateTime(value, kind), englishFormat.dateTime(value, kind));
  // "Proof of cancellation" only once the operator has cancelled it; before, a record of the request.
  const title = found.status === "DONE" ? "proofPack.title" : "proofPack.titleOpen";
  // Whatever the owner typed is in the case row (nickname, notes, step titles and notes, file names).
  const pdf = await createPdfWriter(fonts, texts.locale, { text: JSON.stringify(found), load: loadTraditionalChineseFont });
  pdf.doc.setTitle(both(reader(title), english(title)), { showInWindowTitleBar: true });
  pdf.doc.setCreator("Simcase");
  pdf.doc.setCreationDate(now);

  pdf.text(label(title), { size: 18, gapAfter: 2 });
  pdf.text(both(reader("proofPack.madeOn", { date: readerFormat.dateTime(now, "dateTime") }), english("proofPack.madeOn", { date: englishFormat.dateTime(now, "dateTime") })), { muted: true, size: 9 });

  pdf.heading(label("proofPack.sim"));
  if (found.nickname) pdf.field(label("proofPack.nickname"), found.nickname);
  pdf.field(label("proofPack.operator"), both(operatorName(reader, found.operator, found.providerName), operatorName(english, found.operator, found.providerName)));
  // As the site shows it, so the number reads the same on the page, in the pack and to the operator's agent.
  if (found.phoneNumber) pdf.field(label("proofPack.phoneNumber"), formatPhone(found.phoneNumber));
  if (found.orderNumber) pdf.field(label("proofPack.orderNumber"), found.orderNumber);
  pdf.field(label("proofPack.status"), both(reader(`cases.status.${found.status}`), english(`cases.status.${found.status}`)));
  pdf.field(label("proofPack.opened"), date(found.createdAt));
  const handover = found.events.find(isWaitStart);
  if (handover) pdf.field(label("proofPack.handedOver"), date(handover.createdAt));
  // Cancelled by the operator, the day it was done; given up, only the day it was closed.
  if (found.closedAt) pdf.field(label(found.status === "DONE" ? "proofPack.done" : "proofPack.closed"), date(found.closedAt));
  const references = referenceNumbers(caseNoteTexts(found.steps, found.events));
  pdf.field(label("proofPack.references"), references.length > 0 ? references.join(", ") : label("proofPack.none"));
  if (found.notes) pdf.field(label("proofPack.notes"), found.notes);

  pdf.heading(label("proofPack.proof"));
  if (found.receipts.length === 0) pdf.text(label("proofPack.noProof"));
  const appended: { source: PDFDocument; fileName: string }[] = [];
  let included = 0;
  for (const receipt of found.receipts) {
    const added = both(
      reader("proofPack.addedOn", { date: readerFormat.dateTime(receipt.createdAt, "dateTime") }),
      english("proofPack.addedOn", { date: englishFormat.dateTime(receipt.createdAt, "dateTime") }),
    );
    const caption = `${receipt.fileName} · ${added}`;
    if (included + receipt.size > budget) {
      pdf.text(`${caption}\n${label("proofPack.notIncluded")}`, { size: 9, muted: true });
      continue;
    }
    included += receipt.size;
    if (receipt.kind === "IMAGE") {
      // pdf-lib embeds JPEG and PNG as stored; any other format (WebP) goes in as its JPEG thumbnail.
      const original = receipt.contentType === "image/jpeg" || receipt.contentType === "image/png";
      const bytes = await read(receipt.id, original ? "original" : "thumbnail");
      if (bytes) pdf.image(receipt.contentType === "image/png" ? await pdf.doc.embedPng(bytes) : await pdf.doc.embedJpg(bytes), caption);
      else pdf.text(caption, { size: 9, muted: true });
      continue;
    }
    const source = await receiptPdf(await read(receipt.id, "original"));
    if (source) appended.push({ source, fileName: receipt.fileName });
    const pages = source?.getPageCount() ?? receipt.pageCount ?? 0;
    const note = source
      ? both(reader("proofPack.pdfAppended", { pages }), english("proofPack.pdfAppended", { pages }))
      : label("proofPack.pdfNotAppended");
    pdf.text(`${caption}\n${note}`, { size: 9, muted: true });
  }

  pdf.heading(label("timeline.label"));
  for (const event of found.events) {
    const own = describeEvent(event, reader, found.operator, readerFormat);
    const theirs = describeEvent(event, english, found.operator, englishFormat);
    pdf.text(date(event.createdAt), { size: 8.5, muted: true, gapAfter: 0 });
    pdf.text(both(own.title, theirs.title), { gapAfter: 0 });
    if (own.detail) pdf.text(both(own.detail, theirs.detail ?? own.detail), { size: 9.5, muted: true, indent: 12, gapAfter: 0 });
    pdf.text("", { size: 4, gapAfter: 0 });
  }

  // Receipt PDFs follow as they are, after the pack's own pages; each page's footer says which file it is from.
  const footers = new Map<number, string[]>();
  for (const { source, fileName } of appended) {
    const copied = await pdf.doc.copyPages(source, source.getPageIndices());
    copied.forEach((each, index) => {
      footers.set(pdf.doc.getPageCount(), attachmentLines(texts, fileName, index + 1, copied.length));
      pdf.doc.addPage(each);
    });
  }
  pdf.finish((index) => footers.get(index) ?? [label(title)]);
  return pdf.doc.save();
}
