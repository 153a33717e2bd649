import "server-only";
import { PDFDocument } from "pdf-lib";
import sharp, { type Metadata } from "sharp";
import { convertHeicToJpeg, HeicDecodeError } from "./convert-heic";
import { detectFileType, extensionMatches, RECEIPT_TYPES } from "./detect-file-type";
import { ReceiptRejectedError } from "./errors";
import { RECEIPT_LIMITS } from "./limits";
import { sanitizeFileName } from "./sanitize-file-name";

export type PreparedReceipt = {
  kind: "IMAGE" | "PDF";
  contentType: string;
  fileName: string;
  data: Buffer;
  thumbnail: Buffer | null;
  width: number | null;
  height: number | null;
  pageCount: number | null;
};

const ALLOWED = "receipts.onlyPhotosAndPdf";

async function reencodeImage(input: Buffer, format: "jpeg" | "png" | "webp") {
  const image = sharp(input, { limitInputPixels: RECEIPT_LIMITS.maxPixels, failOn: "warning" });
  let metadata: Metadata;
  try {
    // Headers only, no pixels decoded: the size check comes before any decoding.
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ReceiptRejectedError("receipts.imageDamaged");
  }
  if (metadata.format !== format) throw new ReceiptRejectedError(ALLOWED);
  if (!metadata.width || !metadata.height) throw new ReceiptRejectedError("receipts.imageDamaged");
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > RECEIPT_LIMITS.maxPixels) {
    throw new ReceiptRejectedError("receipts.imageTooManyPixels");
  }
  try {
    // rotate() applies the EXIF orientation; sharp writes no metadata unless asked, so EXIF and GPS are gone.
    // Large photos are scaled down: the stored copy is proof, not a print master, and must stay under 10 MB.
    const upright = image
      .rotate()
      .resize(RECEIPT_LIMITS.maxStoredEdge, RECEIPT_LIMITS.maxStoredEdge, { fit: "inside", withoutEnlargement: true });
    const encoded =
      format === "jpeg"
        ? upright.jpeg({ quality: 85, mozjpeg: true })
        : format === "png"
          ? upright.png()
          : upright.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    if (data.length > RECEIPT_LIMITS.maxFileBytes) throw new ReceiptRejectedError("receipts.imageTooLargeToKeep", 413);
    const thumbnail = await sharp(data)
      .resize(RECEIPT_LIMITS.thumbnailSize, RECEIPT_LIMITS.thumbnailSize, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
    return { data, thumbnail, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof ReceiptRejectedError) throw error;
    console.warn(`receipt image refused: ${error instanceof Error ? error.message : String(error)}`);
    throw new ReceiptRejectedError("receipts.imageDamaged");
  }
}

/** The largest image size declared in a HEIF file's "ispe" boxes, if any. */
export function heifImageSize(bytes: Buffer): { width: number; height: number } | null {
  let best: { width: number; height: number } | null = null;
  // The whole file (at most 10 MB): the box may come after the image data.
  for (let at = bytes.indexOf("ispe"); at !== -1 && at + 16 <= bytes.length; at = bytes.indexOf("ispe", at + 4)) {
    const width = bytes.readUInt32BE(at + 8);
    const height = bytes.readUInt32BE(at + 12);
    if (!best || width * height > best.width * best.height) best = { width, height };
  }
  return best;
}

async function checkPdf(input: Buffer): Promise<number> {
  const tail = input.subarray(Math.max(0, input.length - 1024)).toString("latin1");
  if (!tail.includes("%%EOF")) throw new ReceiptRejectedError("receipts.pdfDamaged");
  try {
    const document = await PDFDocument.load(input, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    const pages = document.getPageCount();
    if (pages < 1) throw new Error("no pages");
    return pages;
  } catch {
    throw new ReceiptRejectedError("receipts.pdfDamaged");
  }
}

/**
 * Checks an uploaded file and turns it into what is stored: images re-encoded
 * (orientation applied, EXIF and GPS dropped, HEIC made JPEG) with a thumbnail,
 * PDFs kept as they are once they parse. Throws ReceiptRejectedError otherwise.
 */
export async function prepareReceipt(bytes: Buffer, originalName: string): Promise<PreparedReceipt> {
  if (bytes.length === 0) throw new ReceiptRejectedError("receipts.fileEmpty");
  if (bytes.length > RECEIPT_LIMITS.maxFileBytes) throw new ReceiptRejectedError("receipts.fileTooLarge", 413);
  const type = detectFileType(bytes);
  if (!type) throw new ReceiptRejectedError(ALLOWED);
  if (!extensionMatches(originalName, type)) {
    throw new ReceiptRejectedError("receipts.nameMismatch", 400, { type: type.toUpperCase() });
  }

  if (type === "pdf") {
    const pageCount = await checkPdf(bytes);
    return {
      kind: "PDF",
      contentType: RECEIPT_TYPES.pdf.contentType,
      fileName: sanitizeFileName(originalName, ".pdf"),
      data: bytes,
      thumbnail: null,
      width: null,
      height: null,
      pageCount,
    };
  }

  let input = bytes;
  let format: "jpeg" | "png" | "webp" = type === "heic" ? "jpeg" : type;
  if (type === "heic") {
    // The decoder unpacks every pixel before anyone can look: the declared size must be there, and small enough.
    const size = heifImageSize(bytes);
    if (!size) throw new ReceiptRejectedError("receipts.heicDamaged");
    if (size.width * size.height > RECEIPT_LIMITS.maxPixels) {
      throw new ReceiptRejectedError("receipts.imageTooManyPixels");
    }
    try {
      input = await convertHeicToJpeg(bytes);
      format = "jpeg";
    } catch (error) {
      if (error instanceof HeicDecodeError) {
        throw new ReceiptRejectedError("receipts.heicDamaged");
      }
      throw error;
    }
  }
  const image = await reencodeImage(input, format);
  return {
    kind: "IMAGE",
    contentType: RECEIPT_TYPES[format].contentType,
    fileName: sanitizeFileName(originalName, format === "jpeg" ? ".jpg" : `.${format}`),
    ...image,
    pageCount: null,
  };
}
