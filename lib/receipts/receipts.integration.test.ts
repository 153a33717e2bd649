import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { getCase } from "@/lib/cases/get-case";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import * as active from "@/test/support/active-pdfs";
import * as corpus from "@/test/support/receipt-corpus";
import { addReceipt } from "./add-receipt";
import { deleteReceipt } from "./delete-receipt";
import { getReceiptFile } from "./get-receipt-file";
import { RECEIPT_LIMITS } from "./limits";
import { postgresDriver } from "./storage/postgres-driver";
import { UserError } from "@/lib/http/user-error";
import { NOT_FOUND } from "@/test/support/not-found";

async function userWithCase() {
  const user = await createTestUser();
  const { id } = await createTestCase(user.id, { operator: "COOTEL" });
  return { user, caseId: id };
}

async function nothingStored() {
  expect(await db().receipt.count()).toBe(0);
  expect(await db().receiptBlob.count()).toBe(0);
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe("receipts", () => {
  it("keep a phone photo without its GPS data, turned upright, with a thumbnail, on the timeline", async () => {
    const { user, caseId } = await userWithCase();
    const photo = await corpus.jpegWithGps();
    const input = await sharp(photo).metadata();
    // The GPS IFD pointer tag (0x8825), in either byte order.
    expect(input.exif?.includes(Buffer.from([0x88, 0x25])) || input.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(input.orientation).toBe(6);

    const added = await addReceipt(user.id, caseId, { bytes: photo, fileName: "IMG_2041.JPG" });
    expect(added).toMatchObject({ kind: "IMAGE", fileName: "IMG_2041.jpg" });

    const stored = await getReceiptFile(user.id, added.id, "original");
    const output = await sharp(stored.bytes).metadata();
    expect(stored.contentType).toBe("image/jpeg");
    expect(output.exif).toBeUndefined();
    expect(output.orientation).toBeUndefined();
    expect([output.width, output.height]).toEqual([300, 400]);
    const thumbnail = await sharp((await getReceiptFile(user.id, added.id, "thumbnail")).bytes).metadata();
    expect(Math.max(thumbnail.width, thumbnail.height)).toBeLessThanOrEqual(RECEIPT_LIMITS.thumbnailSize);

    const detail = await getCase(user.id, caseId);
    expect(detail.receipts).toHaveLength(1);
    expect(detail.events[0]).toMatchObject({ kind: "RECEIPT_ADDED", data: { fileName: "IMG_2041.jpg" } });
  });

  it("keep a PDF as uploaded, with its page count", async () => {
    const { user, caseId } = await userWithCase();
    const file = await corpus.pdf(2);
    const step = (await getCase(user.id, caseId)).steps.find((candidate) => candidate.kind === "PROCEDURE")!;
    const added = await addReceipt(user.id, caseId, { bytes: file, fileName: "Metfone confirmation.pdf", stepId: step.id });
    expect((await db().receipt.findUniqueOrThrow({ where: { id: added.id } })).stepId).toBe(step.id);
    const stored = await getReceiptFile(user.id, added.id, "original");
    expect(stored.bytes.equals(file)).toBe(true);
    expect(stored.contentType).toBe("application/pdf");
    expect((await db().receipt.findUniqueOrThrow({ where: { id: added.id } })).pageCount).toBe(2);
  });

  it("strip whatever hides behind a JPEG (a JPEG/HTML polyglot)", async () => {
    const { user, caseId } = await userWithCase();
    const added = await addReceipt(user.id, caseId, { bytes: await corpus.polyglot(), fileName: "receipt.jpg" });
    const stored = await getReceiptFile(user.id, added.id, "original");
    expect(stored.bytes.includes(Buffer.from("<script"))).toBe(false);
  });

  const refused: [string, () => Promise<Buffer> | Buffer, string, string][] = [
    ["an SVG with a script", () => corpus.svgWithScript, "receipt.svg", "receipts.onlyPhotosAndPdf"],
    ["a text file", () => Buffer.from("just notes"), "notes.txt", "receipts.onlyPhotosAndPdf"],
    // Named as a photo or PDF, it is one that could not be read: "only photos and PDFs" would be nonsense.
    ["random bytes named .heic", () => corpus.randomBytes, "junk.heic", "receipts.unreadable"],
    ["an SVG named .jpg", () => corpus.svgWithScript, "receipt.jpg", "receipts.unreadable"],
    ["HTML named .pdf", () => corpus.html, "receipt.pdf", "receipts.unreadable"],
    ["a ZIP named .jpg", () => corpus.zip, "receipt.jpg", "receipts.unreadable"],
    ["an empty file", () => Buffer.alloc(0), "receipt.jpg", "receipts.fileEmpty"],
    ["a truncated JPEG", () => corpus.truncatedJpeg(), "receipt.jpg", "receipts.imageDamaged"],
    ["10 MB and one byte", async () => Buffer.concat([await corpus.jpeg(), Buffer.alloc(RECEIPT_LIMITS.maxFileBytes)]).subarray(0, RECEIPT_LIMITS.maxFileBytes + 1), "big.jpg", "receipts.fileTooLarge"],
    ["a JPEG named .png", () => corpus.jpeg(), "receipt.png", "receipts.nameMismatch"],
    ["a pixel flood", () => corpus.pixelFlood(), "flood.png", "receipts.imageTooManyPixels"],
    ["a truncated PDF", async () => (await corpus.pdf()).subarray(0, 300), "receipt.pdf", "receipts.pdfDamaged"],
    ["a broken HEIC", () => corpus.brokenHeic, "IMG_0001.HEIC", "receipts.heicDamaged"],
    ["a broken HEIC that declares its size", () => corpus.brokenHeicWithSize, "IMG_0002.heic", "receipts.heicDamaged"],
    ["a PDF padded with junk bytes", () => active.junkPaddedPdf(), "statement.pdf", "receipts.pdfTooComplex"],
    ["a PDF running a script on opening", active.openActionJavaScript, "receipt.pdf", "receipts.pdfActive"],
    ["a PDF with a document-level script", active.namedJavaScript, "receipt.pdf", "receipts.pdfActive"],
    ["a PDF with additional actions", active.pageAdditionalActions, "receipt.pdf", "receipts.pdfActive"],
    ["a PDF launching a program", active.launchAction, "receipt.pdf", "receipts.pdfActive"],
    ["a PDF with an attached file", active.embeddedFile, "receipt.pdf", "receipts.pdfActive"],
  ];

  it.each(refused)("refuse %s with a clear message and store nothing", async (_name, make, fileName, message) => {
    const { user, caseId } = await userWithCase();
    const attempt = addReceipt(user.id, caseId, { bytes: await make(), fileName });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(message);
    await nothingStored();
    expect((await getCase(user.id, caseId)).events.map((event) => event.kind)).toEqual(["CASE_CREATED"]);
  });

  it("keep a PDF whose only action is where it opens, byte for byte", async () => {
    const { user, caseId } = await userWithCase();
    const file = await active.openAtFirstPageWithLink();
    const added = await addReceipt(user.id, caseId, { bytes: file, fileName: "receipt.pdf" });
    expect((await getReceiptFile(user.id, added.id, "original")).bytes.equals(file)).toBe(true);
  });

  it("enforce the 200 MB quota per user, counting what is already kept", async () => {
    const { user, caseId } = await userWithCase();
    const first = await addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png" });
    // Pretend the first receipt is nearly the whole quota.
    await db().receipt.update({ where: { id: first.id }, data: { size: RECEIPT_LIMITS.quotaBytesPerUser - 10 } });
    await expect(addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "b.png" })).rejects.toThrow("receipts.quotaFull");
    expect(await db().receipt.count()).toBe(1);

    // Another user's quota is their own.
    const other = await userWithCase();
    await expect(addReceipt(other.user.id, other.caseId, { bytes: await corpus.png(), fileName: "c.png" })).resolves.toMatchObject({ kind: "IMAGE" });
  });

  it("leave no row and no bytes when the transaction fails after the bytes are written", async () => {
    const { user, caseId } = await userWithCase();
    const put = postgresDriver.put.bind(postgresDriver);
    const spy = vi.spyOn(postgresDriver, "put");
    restore = () => spy.mockRestore();
    spy.mockImplementation(async (id, variant, file, tx) => {
      await put(id, variant, file, tx);
      expect(await tx!.receiptBlob.count({ where: { receiptId: id } })).toBe(1);
      throw new Error("disk full, say");
    });
    await expect(addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png" })).rejects.toThrow("disk full");
    await nothingStored();
  });

  it("count as proof: the case can be done without the no-proof confirmation", async () => {
    const { user, caseId } = await userWithCase();
    await expect(changeCaseStatus(user.id, caseId, { type: "complete", noProofConfirmed: false })).rejects.toThrow("cases.doneNeedsProof");
    await addReceipt(user.id, caseId, { bytes: await corpus.pdf(1), fileName: "receipt.pdf" });
    await changeCaseStatus(user.id, caseId, { type: "complete", noProofConfirmed: false });
    expect(await getCase(user.id, caseId)).toMatchObject({ status: "DONE", noProofConfirmed: false });
  });

  it("can be deleted, which the timeline records", async () => {
    const { user, caseId } = await userWithCase();
    const added = await addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png" });
    await deleteReceipt(user.id, added.id);
    await nothingStored();
    expect((await getCase(user.id, caseId)).events[0]).toMatchObject({ kind: "RECEIPT_DELETED", data: { fileName: "a.png" } });
  });

  it("are invisible and untouchable for another user", async () => {
    const { user, caseId } = await userWithCase();
    const intruder = await createTestUser();
    const added = await addReceipt(user.id, caseId, { bytes: await corpus.png(), fileName: "a.png" });

    await expect(getReceiptFile(intruder.id, added.id, "original")).rejects.toMatchObject(NOT_FOUND);
    await expect(getReceiptFile(intruder.id, added.id, "thumbnail")).rejects.toMatchObject(NOT_FOUND);
    await expect(deleteReceipt(intruder.id, added.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(addReceipt(intruder.id, caseId, { bytes: await corpus.png(), fileName: "b.png" })).rejects.toMatchObject(NOT_FOUND);
    const ownStep = (await getCase(user.id, caseId)).steps[0]!.id;
    const theirs = await createTestCase(intruder.id);
    await expect(
      addReceipt(intruder.id, theirs.id, { bytes: await corpus.png(), fileName: "c.png", stepId: ownStep }),
    ).rejects.toMatchObject(NOT_FOUND);
    expect(await db().receipt.count()).toBe(1);
    expect((await getReceiptFile(user.id, added.id, "original")).bytes.length).toBeGreaterThan(0);
  });
});
