import { inflateSync } from "node:zlib";

// The npm font packages ship WOFF (zlib-compressed tables); a PDF embeds plain
// TrueType. fontkit reads WOFF but pdf-lib would then embed the WOFF bytes as
// they are, which no viewer reads. See docs/decisions/027-proof-pack.md.

type Table = { tag: string; checksum: number; data: Buffer };

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"

function table(tables: Table[], tag: string): Table | undefined {
  return tables.find((entry) => entry.tag === tag);
}

/**
 * Rewrites glyf and loca so every glyph starts on a 4-byte boundary. These
 * fonts pack glyphs unpadded; fontkit's subsetter copies each glyph's bytes
 * as they are and then writes a short loca (offsets / 2), so every glyph after
 * an odd-length one would point into the middle of its neighbour.
 */
function alignGlyphs(tables: Table[]): void {
  const head = table(tables, "head");
  const maxp = table(tables, "maxp");
  const loca = table(tables, "loca");
  const glyf = table(tables, "glyf");
  if (!head || !maxp || !loca || !glyf) return;
  const longOffsets = head.data.readInt16BE(50) === 1;
  const glyphCount = maxp.data.readUInt16BE(4);
  const offsetOf = (index: number) => (longOffsets ? loca.data.readUInt32BE(index * 4) : loca.data.readUInt16BE(index * 2) * 2);
  const chunks: Buffer[] = [];
  const offsets = Buffer.alloc((glyphCount + 1) * 4);
  let position = 0;
  for (let index = 0; index < glyphCount; index++) {
    const glyph = glyf.data.subarray(offsetOf(index), offsetOf(index + 1));
    const padded = (glyph.length + 3) & ~3;
    offsets.writeUInt32BE(position, index * 4);
    chunks.push(glyph, Buffer.alloc(padded - glyph.length));
    position += padded;
  }
  offsets.writeUInt32BE(position, glyphCount * 4);
  glyf.data = Buffer.concat(chunks);
  loca.data = offsets;
  head.data = Buffer.from(head.data);
  head.data.writeInt16BE(1, 50);
}

/** A WOFF 1.0 font as a TrueType/OpenType file, glyphs aligned for subsetting. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.length < 44 || input.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error("Not a WOFF font");
  const flavor = input.readUInt32BE(4);
  const tableCount = input.readUInt16BE(12);
  const tables: Table[] = [];
  for (let index = 0; index < tableCount; index++) {
    const entry = 44 + index * 20;
    const offset = input.readUInt32BE(entry + 4);
    const compressedLength = input.readUInt32BE(entry + 8);
    const length = input.readUInt32BE(entry + 12);
    const stored = input.subarray(offset, offset + compressedLength);
    const data = compressedLength < length ? inflateSync(stored) : stored;
    if (data.length !== length) throw new Error("Damaged WOFF table");
    tables.push({ tag: input.toString("latin1", entry, entry + 4), checksum: input.readUInt32BE(entry + 16), data });
  }
  alignGlyphs(tables);

  const headerLength = 12 + 16 * tableCount;
  const output = Buffer.alloc(headerLength + tables.reduce((sum, entry) => sum + ((entry.data.length + 3) & ~3), 0));
  const power = 2 ** Math.floor(Math.log2(tableCount));
  output.writeUInt32BE(flavor, 0);
  output.writeUInt16BE(tableCount, 4);
  output.writeUInt16BE(power * 16, 6);
  output.writeUInt16BE(Math.log2(power), 8);
  output.writeUInt16BE(tableCount * 16 - power * 16, 10);
  let offset = headerLength;
  tables.forEach((entry, index) => {
    const record = 12 + index * 16;
    output.write(entry.tag, record, "latin1");
    // Checksums are kept from the WOFF directory; no reader here verifies them after the rewrite.
    output.writeUInt32BE(entry.checksum, record + 4);
    output.writeUInt32BE(offset, record + 8);
    output.writeUInt32BE(entry.data.length, record + 12);
    entry.data.copy(output, offset);
    offset += (entry.data.length + 3) & ~3;
  });
  return output;
}
