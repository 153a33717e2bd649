import { createHash } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";

// Files made by the tests themselves: good ones and every kind of bad one.

/** A JPEG with real detail (noise), so that truncating it really breaks it. */
export async function jpeg(width = 400, height = 300): Promise<Buffer> {
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919) % 251;
  return sharp(noise, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

/** A phone photo: GPS coordinates in its EXIF and "rotate 90°" in its orientation tag. */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp(await jpeg(400, 300))
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "Simcase Test Phone" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "11/1 33/1 2/1", GPSLongitudeRef: "E", GPSLongitude: "104/1 55/1 3/1" },
    })
    .jpeg()
    .toBuffer();
}

export async function png(width = 64, height = 64): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#0f766e" } }).png().toBuffer();
}

export async function pdf(pages = 2): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) document.addPage([300, 400]).drawText(`Receipt page ${i + 1}`, { x: 20, y: 350 });
  return Buffer.from(await document.save());
}

export const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
);

export const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");

/** A ZIP archive's signature and some bytes: what a renamed .zip looks like. */
export const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]);

/** 8 KB of noise (the same every run): a photo that got corrupted on the way, or junk given a photo's name. */
export const randomBytes = Buffer.concat(
  Array.from({ length: 256 }, (_, index) => createHash("sha256").update(`junk ${index}`).digest()),
);

/** A valid JPEG with an HTML page stuck to its end. */
export async function polyglot(): Promise<Buffer> {
  return Buffer.concat([await jpeg(), html]);
}

export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await jpeg(800, 600);
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** Few bytes, many pixels: a PNG over the 40-megapixel limit. */
export async function pixelFlood(): Promise<Buffer> {
  return sharp({ create: { width: 8_000, height: 5_100, channels: 3, background: "#000" } })
    .greyscale()
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** A HEIF header with nothing decodable behind it. */
export const brokenHeic = Buffer.concat([
  Buffer.from([0, 0, 0, 24]),
  Buffer.from("ftypheic"),
  Buffer.from([0, 0, 0, 0]),
  Buffer.from("mif1heic"),
  Buffer.alloc(100, 7),
]);

/** A HEIF header declaring a small image ("ispe" box), with nothing decodable behind it. */
export const brokenHeicWithSize = Buffer.concat([
  brokenHeic,
  Buffer.from([0, 0, 0, 20]),
  Buffer.from("ispe"),
  Buffer.from([0, 0, 0, 0, 0, 0, 0x0f, 0xa0, 0, 0, 0x0b, 0xb8]),
  Buffer.alloc(200, 9),
]);
