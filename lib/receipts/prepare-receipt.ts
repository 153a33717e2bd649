import "server-only";
import { detectFileType, extensionMatches, nameClaimsReceiptType, RECEIPT_TYPES } from "./detect-file-type";
import { DECODER_LIMITS, RECEIPT_LIMITS } from "./limits";
import { DecoderBusyError, DecoderGaveUpError, decodeImage, decodePdf } from "./run-decoder";
import { sanitizeFileName } from "./sanitize-file-name";
import { UserError } from "@/lib/http/user-error";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("receipts");

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

/** Decoder outcomes that are not about the file's content, as what the user is told. */
async function decoded<T>(run: () => Promise<T>, tooComplex: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DecoderBusyError) {
      throw new UserError("receipts.busy", { status: 429, values: { seconds: DECODER_LIMITS.retryAfterSeconds } });
    }
    if (error instanceof DecoderGaveUpError) {
      log.warn(`receipt refused: ${error.message}`);
      throw new UserError(tooComplex);
    }
    throw error;
  }
}

/**
 * Checks an uploaded file and turns it into what is stored: images re-encoded
 * (orientation applied, EXIF and GPS dropped, HEIC made JPEG) with a thumbnail,
 * PDFs kept as they are once they parse and carry nothing active. The parsing
 * runs in decoder threads (run-decoder.ts). Throws a UserError otherwise.
 */
export async function prepareReceipt(bytes: Buffer, originalName: string): Promise<PreparedReceipt> {
  if (bytes.length === 0) throw new UserError("receipts.fileEmpty");
  if (bytes.length > RECEIPT_LIMITS.maxFileBytes) throw new UserError("receipts.fileTooLarge", { status: 413 });
  const type = detectFileType(bytes);
  // "Only photos and PDFs" would be nonsense for IMG_0001.HEIC: a file named as one that is not one was damaged or mislabelled.
  if (!type) throw new UserError(nameClaimsReceiptType(originalName) ? "receipts.unreadable" : ALLOWED);
  if (!extensionMatches(originalName, type)) {
    throw new UserError("receipts.nameMismatch", { values: { type: type.toUpperCase() } });
  }

  if (type === "pdf") {
    const pdf = await decoded(() => decodePdf(bytes), "receipts.pdfTooComplex");
    if (!pdf.ok) {
      if (pdf.reason === "active") log.warn(`receipt PDF refused: active content (${pdf.found})`);
      throw new UserError(pdf.reason === "active" ? "receipts.pdfActive" : "receipts.pdfDamaged");
    }
    return {
      kind: "PDF",
      contentType: RECEIPT_TYPES.pdf.contentType,
      fileName: sanitizeFileName(originalName, ".pdf"),
      data: bytes,
      thumbnail: null,
      width: null,
      height: null,
      pageCount: pdf.pageCount,
    };
  }

  const result = await decoded(() => decodeImage(bytes, type), "receipts.imageTooComplex");
  if ("refused" in result) {
    if (result.detail) log.warn(`receipt image refused: ${result.detail}`);
    throw new UserError(result.refused, { status: result.status ?? 400 });
  }
  const { format, data, thumbnail, width, height } = result.image;
  return {
    kind: "IMAGE",
    contentType: RECEIPT_TYPES[format].contentType,
    fileName: sanitizeFileName(originalName, format === "jpeg" ? ".jpg" : `.${format}`),
    data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    thumbnail: Buffer.from(thumbnail.buffer, thumbnail.byteOffset, thumbnail.byteLength),
    width,
    height,
    pageCount: null,
  };
}
