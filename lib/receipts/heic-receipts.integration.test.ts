import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { addReceipt } from "./add-receipt";
import { getReceiptFile } from "./get-receipt-file";
import { NOT_FOUND } from "@/test/support/not-found";

const fixture = path.resolve(import.meta.dirname, "../../test/fixtures/receipts/iphone-portrait.heic");

/** The RGB of one pixel of a decoded image. */
async function pixel(bytes: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
}

describe("a phone's HEIC photo", () => {
  it("is really HEVC-coded HEIC, rotated by its container, with GPS data", async () => {
    const bytes = await readFile(fixture);
    expect(bytes.subarray(4, 12).toString("latin1")).toBe("ftypheic");
    expect(bytes.includes(Buffer.from("hvcC"))).toBe(true);
    expect(bytes.includes(Buffer.from("irot"))).toBe(true);
    expect(bytes.includes(Buffer.from("Exif"))).toBe(true);
    // The GPS IFD pointer tag (0x8825), in either byte order.
    expect(bytes.includes(Buffer.from([0x88, 0x25])) || bytes.includes(Buffer.from([0x25, 0x88]))).toBe(true);
  });

  it("is kept as an upright JPEG without Exif, named .jpg, with a thumbnail", async () => {
    const user = await createTestUser();
    const { id: caseId } = await createTestCase(user.id, { operator: "COOTEL" });

    const added = await addReceipt(user.id, caseId, { bytes: await readFile(fixture), fileName: "IMG_4512.HEIC" });

    expect(added).toMatchObject({ kind: "IMAGE", fileName: "IMG_4512.jpg" });
    const stored = await getReceiptFile(user.id, added.id, "original");
    expect(stored.contentType).toBe("image/jpeg");
    const metadata = await sharp(stored.bytes).metadata();
    expect(metadata.format).toBe("jpeg");
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    // Upright: portrait, the red half on top and the blue half below.
    expect([metadata.width, metadata.height]).toEqual([48, 96]);
    const [topRed, , topBlue] = await pixel(stored.bytes, 24, 10);
    const [bottomRed, , bottomBlue] = await pixel(stored.bytes, 24, 86);
    expect(topRed).toBeGreaterThan(150);
    expect(topBlue).toBeLessThan(80);
    expect(bottomBlue).toBeGreaterThan(150);
    expect(bottomRed).toBeLessThan(80);

    const thumbnail = await sharp((await getReceiptFile(user.id, added.id, "thumbnail")).bytes).metadata();
    expect(thumbnail.height).toBeGreaterThan(thumbnail.width);
  });

  it("of another user's case is refused and nothing is stored", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const { id: caseId } = await createTestCase(owner.id);
    await expect(addReceipt(other.id, caseId, { bytes: await readFile(fixture), fileName: "IMG_4512.HEIC" })).rejects.toMatchObject(NOT_FOUND);
    expect(await db().receipt.count()).toBe(0);
    expect(await db().receiptBlob.count()).toBe(0);
  });
});
