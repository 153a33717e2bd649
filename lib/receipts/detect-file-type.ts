// What a file is, read from its first bytes: names and the browser's claimed
// type are whatever the sender says they are.

export const RECEIPT_TYPES = {
  jpeg: { contentType: "image/jpeg", extensions: [".jpg", ".jpeg"] },
  png: { contentType: "image/png", extensions: [".png"] },
  webp: { contentType: "image/webp", extensions: [".webp"] },
  heic: { contentType: "image/heic", extensions: [".heic", ".heif"] },
  pdf: { contentType: "application/pdf", extensions: [".pdf"] },
} as const;

export type ReceiptFileType = keyof typeof RECEIPT_TYPES;

const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "heif"]);

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

export function detectFileType(bytes: Uint8Array): ReceiptFileType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === "ftyp" && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return "heic";
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === "%PDF-") return "pdf";
  return null;
}

/** The file's name ends in an extension allowed for the type its content shows. */
export function extensionMatches(fileName: string, type: ReceiptFileType): boolean {
  const lower = fileName.toLowerCase();
  return RECEIPT_TYPES[type].extensions.some((extension) => lower.endsWith(extension));
}

/** The name ends in an extension of a type we keep: the sender meant a photo or a PDF, whatever the content turns out to be. */
export function nameClaimsReceiptType(fileName: string): boolean {
  return (Object.keys(RECEIPT_TYPES) as ReceiptFileType[]).some((type) => extensionMatches(fileName, type));
}
