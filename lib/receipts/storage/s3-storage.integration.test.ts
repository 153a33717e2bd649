import { createHash, randomBytes, randomUUID } from "node:crypto";
import net from "node:net";
import { Readable } from "node:stream";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import * as corpus from "@/test/support/receipt-corpus";
import { startTestS3 } from "@/test/support/s3-server";
import { UserError } from "@/lib/http/user-error";
import { NOT_FOUND } from "@/test/support/not-found";

const s3 = await startTestS3();
Object.assign(process.env, s3.env);
afterAll(() => s3.stop());
beforeEach(() => s3.clear());

const { addReceipt } = await import("../add-receipt");
const { openReceiptFile } = await import("../open-receipt-file");
const { RECEIPT_LIMITS } = await import("../limits");
const { checkStorageReady } = await import("./check-storage-ready");
const { newStorageKey } = await import("./object-keys");
const { readAll } = await import("./read-all");
const { createS3Driver } = await import("./s3-driver");
const { s3Driver } = await import("./receipt-storage");
const { moveReceipt } = await import("../move-receipt");

const config = {
  endpoint: s3.endpoint,
  region: "us-east-1",
  bucket: s3.bucket,
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  forcePathStyle: true,
};

async function userWithCase() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "SMART" });
  return { user, caseId: id };
}

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("receipts in an S3 bucket", () => {
  it("are uploaded as objects and read back byte for byte, by their owner only", async () => {
    const { user, caseId } = await userWithCase();
    const pdf = await corpus.pdf(3);
    const added = await addReceipt(user.id, caseId, { bytes: pdf, fileName: "receipt.pdf" });

    const row = await db().receipt.findUniqueOrThrow({ where: { id: added.id }, select: { storageKey: true } });
    expect(row.storageKey).toMatch(/^receipts\/[A-Za-z0-9_-]+$/);
    expect(await db().receiptBlob.count()).toBe(0);
    expect(await s3.objectKeys()).toEqual([`${row.storageKey}/original`]);

    const file = await openReceiptFile(user.id, added.id, "original");
    expect(file).toMatchObject({ contentType: "application/pdf", fileName: "receipt.pdf", size: pdf.length });
    expect(sha(await readAll(file.body, file.size))).toBe(sha(pdf));

    const intruder = await createTestUser();
    await expect(openReceiptFile(intruder.id, added.id, "original")).rejects.toMatchObject(NOT_FOUND);
    await expect(openReceiptFile(intruder.id, added.id, "thumbnail")).rejects.toMatchObject(NOT_FOUND);
  });

  it("keep a photo's thumbnail as an object of its own", async () => {
    const { user, caseId } = await userWithCase();
    const added = await addReceipt(user.id, caseId, { bytes: await corpus.jpeg(800, 600), fileName: "shop.jpg" });
    const { storageKey } = await db().receipt.findUniqueOrThrow({ where: { id: added.id } });
    expect(await s3.objectKeys()).toEqual([`${storageKey}/original`, `${storageKey}/thumbnail`]);
    const thumbnail = await openReceiptFile(user.id, added.id, "thumbnail");
    const metadata = await sharp(await readAll(thumbnail.body, thumbnail.size)).metadata();
    expect(thumbnail.contentType).toBe("image/jpeg");
    expect(Math.max(metadata.width, metadata.height)).toBeLessThanOrEqual(RECEIPT_LIMITS.thumbnailSize);
  });

  it("write no object for a refused file, and delete it when the transaction refuses", async () => {
    const { user, caseId } = await userWithCase();
    await expect(addReceipt(user.id, caseId, { bytes: corpus.html, fileName: "page.pdf" })).rejects.toBeInstanceOf(UserError);
    expect(await s3.objectKeys()).toEqual([]);

    const first = await addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png" });
    await db().receipt.update({ where: { id: first.id }, data: { size: RECEIPT_LIMITS.quotaBytesPerUser - 10 } });
    await expect(addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "b.png" })).rejects.toThrow("receipts.quotaFull");
    const { storageKey } = await db().receipt.findUniqueOrThrow({ where: { id: first.id } });
    expect(await s3.objectKeys()).toEqual([`${storageKey}/original`, `${storageKey}/thumbnail`]);

    // Another user's case: "not found", and nothing left in the bucket.
    const other = await userWithCase();
    await expect(addReceipt(user.id, other.caseId, { bytes: await corpus.png(), fileName: "c.png" })).rejects.toMatchObject(NOT_FOUND);
    expect(await s3.objectKeys()).toHaveLength(2);
  });

  it("keep one receipt and its objects when the same upload comes twice (its submission key), deleting the second try's", async () => {
    const { user, caseId } = await userWithCase();
    const key = randomUUID();
    const first = await addReceipt(user.id, caseId, { bytes: await corpus.jpeg(), fileName: "sms.jpg", submissionKey: key });
    expect(await addReceipt(user.id, caseId, { bytes: await corpus.jpeg(), fileName: "sms.jpg", submissionKey: key })).toEqual(first);
    const { storageKey } = await db().receipt.findUniqueOrThrow({ where: { id: first.id } });
    expect(await db().receipt.count()).toBe(1);
    expect(await s3.objectKeys()).toEqual([`${storageKey}/original`, `${storageKey}/thumbnail`]);
  });

  it("are still found when moved to Postgres while being opened", async () => {
    const { user, caseId } = await userWithCase();
    const pdf = await corpus.pdf(2);
    const added = await addReceipt(user.id, caseId, { bytes: pdf, fileName: "moving.pdf" });
    const driver = s3Driver();
    const get = driver.get.bind(driver);
    // The row was read with its bucket key; the move commits and deletes the object before the read.
    const spy = vi.spyOn(driver, "get").mockImplementationOnce(async (key, variant) => {
      expect(await moveReceipt(added.id, "postgres")).toBe("moved");
      return get(key, variant);
    });
    try {
      const file = await openReceiptFile(user.id, added.id, "original");
      expect(sha(await readAll(file.body, file.size))).toBe(sha(pdf));
    } finally {
      spy.mockRestore();
    }
    expect(await db().receipt.findUniqueOrThrow({ where: { id: added.id }, select: { storageKey: true } })).toEqual({ storageKey: null });
    expect(await s3.objectKeys()).toEqual([]);
  });

  it("stream a large file both ways through the driver", async () => {
    const driver = createS3Driver(config);
    const bytes = randomBytes(6 * 1024 * 1024);
    const key = newStorageKey();
    // In 64 KB pieces: the body is never one buffer on its way out.
    const pieces = Array.from({ length: bytes.length / 65_536 }, (_, index) => bytes.subarray(index * 65_536, (index + 1) * 65_536));
    await driver.put(key, "original", { body: Readable.from(pieces), size: bytes.length, contentType: "application/pdf" });
    const read = await driver.get(key, "original");
    let chunks = 0;
    const hash = createHash("sha256");
    for await (const chunk of read!.body) {
      chunks += 1;
      hash.update(chunk as Uint8Array);
    }
    expect(chunks).toBeGreaterThan(1);
    expect(hash.digest("hex")).toBe(sha(bytes));
    expect(await driver.get(key, "thumbnail")).toBeNull();
    driver.destroy();
  });

  it("refuse a wrong secret with an error that says which setting to check", async () => {
    const wrong = createS3Driver({ ...config, secretAccessKey: "not-the-secret" });
    const put = wrong.put(newStorageKey(), "original", { body: Buffer.from("%PDF-1.4"), size: 8, contentType: "application/pdf" });
    await expect(put).rejects.toThrow(/S3 refused PutObject on bucket simcase-test \(SignatureDoesNotMatch\): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    await expect(wrong.get(newStorageKey(), "original")).rejects.toThrow(/SignatureDoesNotMatch/);
    expect(await wrong.checkReachable(2_000)).toBe(false);
    wrong.destroy();
    expect(await s3.objectKeys()).toEqual([]);
  });

  it("tell /readyz whether the bucket answers", async () => {
    expect(await checkStorageReady()).toEqual({ ok: true });
    // With receipt files in it too: more keys than one page of the probe's listing.
    const { user, caseId } = await userWithCase();
    for (let i = 0; i < 2; i += 1) await addReceipt(user.id, caseId, { bytes: await corpus.jpeg(), fileName: `receipt-${i}.jpg` });
    expect((await s3.objectKeys()).length).toBeGreaterThan(2);
    expect(await checkStorageReady()).toEqual({ ok: true });
    // A server that accepts connections and never speaks: the probe gives up rather than hang.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const hung = createS3Driver({ ...config, endpoint: `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}` });
    expect(await hung.checkReachable(300)).toBe(false);
    hung.destroy();
    silent.close();
  });
});
