import type { Readable } from "node:stream";

/**
 * A stream's bytes in one buffer, for the places that need them whole
 * (Prisma's `bytea`, image checks in tests). Refuses more than `expected`
 * bytes, so a wrong size cannot grow it without bound.
 */
export async function readAll(body: Readable, expected: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    length += bytes.length;
    if (length > expected) {
      body.destroy();
      throw new Error(`stored file is larger than its recorded ${expected} bytes`);
    }
    chunks.push(bytes);
  }
  if (length !== expected) throw new Error(`stored file has ${length} bytes, ${expected} expected`);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
}
