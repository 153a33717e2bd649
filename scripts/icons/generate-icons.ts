// Builds the app's icons from scripts/icons/icon.svg; run after changing it
// (`node --import tsx scripts/icons/generate-icons.ts`) and commit the files.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "../..");
const BRAND = "#0f766e";

async function png(svg: Buffer, size: number, options: { padding?: number } = {}): Promise<Buffer> {
  const padding = Math.round(size * (options.padding ?? 0));
  const inner = await sharp(svg, { density: 384 }).resize(size - 2 * padding, size - 2 * padding).png().toBuffer();
  if (!padding) return sharp(inner).png({ compressionLevel: 9 }).toBuffer();
  // Maskable: the launcher may crop to a circle, so the mark sits inside the safe zone on a full-bleed background.
  return sharp({ create: { width: size, height: size, channels: 4, background: BRAND } })
    .composite([{ input: inner, top: padding, left: padding }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An .ico holding PNG images (every browser since IE 11 reads them). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

const svg = await readFile(path.join(root, "scripts/icons/icon.svg"));
const outputs: [string, Buffer][] = [
  ["public/icons/icon-192.png", await png(svg, 192)],
  ["public/icons/icon-512.png", await png(svg, 512)],
  ["public/icons/maskable-512.png", await png(svg, 512, { padding: 0.1 })],
  ["app/apple-icon.png", await png(svg, 180)],
  ["app/favicon.ico", ico([{ size: 16, data: await png(svg, 16) }, { size: 32, data: await png(svg, 32) }, { size: 48, data: await png(svg, 48) }])],
];
for (const [file, data] of outputs) {
  await writeFile(path.join(root, file), data);
  console.log(`${file}: ${data.length} bytes`);
}
