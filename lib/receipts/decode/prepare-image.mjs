// Runs in a decoder thread (see ../run-decoder.ts): HEVC decoding
// (WebAssembly), JPEG encoding and libvips' work must not stall the web server.
import { Buffer } from "node:buffer";
import sharp from "sharp";

// No cache of decoded images and one libvips thread per image: memory is given
// back when an image is done, and a few uploads cannot take every core.
sharp.cache(false);
sharp.concurrency(1);

/** The largest image size declared in a HEIF file's "ispe" boxes, if any. */
export function heifImageSize(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let best = null;
  // The whole file (at most 10 MB): the box may come after the image data.
  for (let at = buffer.indexOf("ispe"); at !== -1 && at + 16 <= buffer.length; at = buffer.indexOf("ispe", at + 4)) {
    const width = buffer.readUInt32BE(at + 8);
    const height = buffer.readUInt32BE(at + 12);
    if (!best || width * height > best.width * best.height) best = { width, height };
  }
  return best;
}

async function heicToJpeg(bytes, limits) {
  // The decoder unpacks every pixel before anyone can look: the declared size must be there, and small enough.
  const size = heifImageSize(bytes);
  if (!size) return { refused: "receipts.heicDamaged" };
  if (size.width * size.height > limits.maxPixels) return { refused: "receipts.imageTooManyPixels" };
  const { default: convert } = await import("heic-convert");
  try {
    return { jpeg: Buffer.from(await convert({ buffer: Buffer.from(bytes), format: "JPEG", quality: 0.92 })) };
  } catch {
    return { refused: "receipts.heicDamaged" };
  }
}

/**
 * An uploaded photo as it is kept: upright, EXIF and GPS gone, at most
 * `limits.maxStoredEdge` pixels, with a JPEG thumbnail. HEIC becomes JPEG.
 * Returns `{ refused: messageKey }` for a file that cannot be kept.
 */
export async function prepareImage(bytes, type, limits) {
  let input = bytes;
  let format = type;
  if (type === "heic") {
    const converted = await heicToJpeg(bytes, limits);
    if (converted.refused) return converted;
    input = converted.jpeg;
    format = "jpeg";
  }
  let metadata;
  try {
    // Headers only, no pixels decoded: the size check comes before any decoding.
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return { refused: "receipts.imageDamaged" };
  }
  if (metadata.format !== format) return { refused: "receipts.onlyPhotosAndPdf" };
  if (!metadata.width || !metadata.height) return { refused: "receipts.imageDamaged" };
  if (metadata.width * metadata.height > limits.maxPixels) return { refused: "receipts.imageTooManyPixels" };
  try {
    // rotate() applies the EXIF orientation; sharp writes no metadata unless asked, so EXIF and GPS are gone.
    // Large photos are scaled down: the stored copy is proof, not a print master, and must stay under 10 MB.
    const upright = sharp(input, { limitInputPixels: limits.maxPixels, failOn: "warning" })
      .rotate()
      .resize(limits.maxStoredEdge, limits.maxStoredEdge, { fit: "inside", withoutEnlargement: true });
    const encoded =
      // Not mozjpeg: its trellis search takes ~6 times the CPU (18 s for a detailed 10-megapixel photo here) for ~10% fewer bytes.
      format === "jpeg" ? upright.jpeg({ quality: 85 }) : format === "png" ? upright.png() : upright.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    if (data.length > limits.maxFileBytes) return { refused: "receipts.imageTooLargeToKeep", status: 413 };
    const thumbnail = await sharp(data)
      .resize(limits.thumbnailSize, limits.thumbnailSize, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
    return { image: { format, data, thumbnail, width: info.width, height: info.height } };
  } catch (error) {
    return { refused: "receipts.imageDamaged", detail: error instanceof Error ? error.message : String(error) };
  }
}
