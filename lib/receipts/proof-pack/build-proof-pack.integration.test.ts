import { PDFDocument, PDFDict, PDFName, PDFRawStream } from "pdf-lib";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { NOT_FOUND } from "@/test/support/not-found";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { getCase } from "@/lib/cases/get-case";
import { db } from "@/lib/db/client";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { completeStep } from "@/lib/workflows/complete-step";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import * as corpus from "@/test/support/receipt-corpus";
import { addReceipt } from "../add-receipt";
import { buildProofPack } from "./build-proof-pack";

/** Each page's text as pdf.js extracts it, as a reader's copy and paste would. */
async function extractPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await pdf.destroy();
  return pages;
}

async function extractText(bytes: Uint8Array): Promise<string> {
  return (await extractPages(bytes)).join("\n");
}

/** Image XObjects anywhere in the file. */
function imageCount(pdf: PDFDocument): number {
  return pdf.context
    .enumerateIndirectObjects()
    .filter(([, object]) => object instanceof PDFRawStream && object.dict instanceof PDFDict && object.dict.get(PDFName.of("Subtype")) === PDFName.of("Image")).length;
}

/** The embedded fonts' names, as "ABCDEF+NotoSansKhmer-Regular" or without the subset tag. */
function fontNames(pdf: PDFDocument): string[] {
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => (object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("Font") ? object.get(PDFName.of("BaseFont")) : null))
    .filter((name): name is PDFName => name instanceof PDFName)
    .map((name) => name.decodeText());
}

/** A closed Metfone case of a Chinese-speaking user: a nickname, notes, a reference number, a photo and a PDF receipt. */
async function closedChineseCase() {
  const user = await createTestUser();
  await db().user.update({ where: { id: user.id }, data: { locale: "zh", timeZone: "Asia/Shanghai" } });
  const { id } = await createTestCase(user.id, { operator: "METFONE", nickname: "我的旧卡", notes: "在金边买的七天卡 ស្មាតកាត" });
  const submit = (await getCase(user.id, id)).steps.find((step) => step.templateKey === "metfone-submit")!;
  await completeStep(user.id, submit.id, { outcome: "DONE", note: "客服给的编号 MF-48213" });
  await addReceipt(user.id, id, { bytes: await corpus.jpeg(600, 800), fileName: "收据照片.jpg" });
  await addReceipt(user.id, id, { bytes: await corpus.png(120, 80), fileName: "screenshot.png" });
  await addReceipt(user.id, id, { bytes: await corpus.pdf(2), fileName: "confirmation.pdf" });
  await changeCaseStatus(user.id, id, { type: "complete", noProofConfirmed: false });
  return { user, caseId: id };
}

describe("the proof pack", () => {
  it("opens, holds the proof images and the receipt PDF's pages, and its Chinese text can be copied", async () => {
    const { user, caseId } = await closedChineseCase();
    const pack = await buildProofPack(user.id, caseId, new Date("2026-12-01T04:00:00Z"));

    expect(Buffer.from(pack.bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(pack.fileName).toBe("注销材料 我的旧卡 2026-12-01.pdf");
    const pdf = await PDFDocument.load(pack.bytes);
    expect(imageCount(pdf)).toBe(2);
    const ownPages = pdf.getPageCount() - 2;
    expect(ownPages).toBeGreaterThanOrEqual(1);

    const text = await extractText(pack.bytes);
    for (const expected of ["SIM 卡注销材料汇总 · Proof of SIM cancellation", "我的旧卡", "在金边买的七天卡", "由 Simcase 于 2026年12月1日（周二）12:00 生成", "备注名 · Name", "运营商 · Operator", "Metfone", "完成日期 · Done", "MF-48213", "客服给的编号", "收据照片.jpg", "凭证 · Proof", "时间线 · Timeline", "状态：等待运营商处理 → 已完成 · Status: Waiting for the operator → Done"]) {
      expect(text).toContain(expected);
    }
    // A heading is on the page of the item under it: the photo (half a page) took "Proof" over with it.
    const pages = await extractPages(pack.bytes);
    for (const [heading, first] of [["凭证 · Proof", "收据照片.jpg"], ["时间线 · Timeline", "新建了注销记录"]] as const) {
      expect(pages.find((page) => page.includes(heading))).toContain(first);
    }
    // Every page is numbered out of all of them, and an attached page says which file it is from.
    const total = pdf.getPageCount();
    expect(text).toContain(`SIM 卡注销材料汇总 · Proof of SIM cancellation 1 / ${total}`);
    // The receipt's pages are narrow: its footer is in the reader's language only.
    expect(text).toContain(`附件：confirmation.pdf，第 2/2 页 ${total} / ${total}`);
    // Every character found a face: no "?" stand-ins; the Khmer note was drawn with the Khmer face.
    expect(text).not.toContain("?");
    expect(fontNames(pdf).some((name) => name.includes("NotoSansKhmer"))).toBe(true);
    // Simplified text needs no Traditional face: it is neither loaded nor embedded.
    expect(fontNames(pdf).some((name) => name.includes("NotoSansTC"))).toBe(false);
    expect(pack.bytes.length).toBeLessThan(400_000);
  });

  it("prints Traditional characters the Simplified face lacks, typed into the nickname and the notes", async () => {
    const user = await createTestUser();
    await db().user.update({ where: { id: user.id }, data: { locale: "zh" } });
    // 壢, 嶼 and 囑 are in Noto Sans TC but not in Noto Sans SC's "chinese-simplified" file.
    const nickname = "中壢的舊門號";
    const notes = "蘭嶼買的卡，店員囑咐我到櫃檯辦理註銷";
    const { id } = await createTestCase(user.id, { operator: "SMART", nickname, notes });
    const pack = await buildProofPack(user.id, id);
    const text = await extractText(pack.bytes);
    expect(text).toContain(nickname);
    expect(text).toContain(notes);
    expect(text).not.toContain("?");
    expect(fontNames(await PDFDocument.load(pack.bytes)).some((name) => name.includes("NotoSansTC"))).toBe(true);
  });

  it("leaves out the emoji its faces cannot draw, with no '?' in their place, and shows the number as the site does", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "METFONE", phoneNumber: "097 555 8888", nickname: "Airport card ✈️", notes: "Bought 🇰🇭 on arrival" });
    await addCaseNote(user.id, id, { text: "Ref #SM-88231 ✅" });
    const text = await extractText((await buildProofPack(user.id, id)).bytes);
    expect(text).toMatch(/Name\s*Airport card\s/);
    expect(text).toContain("Bought on arrival");
    expect(text).toContain("Ref #SM-88231");
    expect(text).toMatch(/Number\s*\+855 97 555 8888\s/);
    expect(text).not.toContain("+855975558888");
    expect(text).not.toContain("?");
  });

  it("leaves out a field with nothing it can draw, rather than a label over a blank", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "SMART", phoneNumber: "012 555 8888", nickname: "🚀🚀" });
    const text = await extractText((await buildProofPack(user.id, id)).bytes);
    expect(text).not.toMatch(/\bName\b/);
    expect(text).toMatch(/Number\s*\+855 12 555 8888\s/);
  });

  it("lists, without their content, the receipts past its size budget", async () => {
    const { user, caseId } = await closedChineseCase();
    const receipts = await db().receipt.findMany({ where: { caseId }, orderBy: { createdAt: "asc" }, select: { size: true } });
    const pack = await buildProofPack(user.id, caseId, new Date(), receipts[0]!.size);
    const pdf = await PDFDocument.load(pack.bytes);
    expect(imageCount(pdf)).toBe(1);
    const text = await extractText(pack.bytes);
    expect(text).toContain("screenshot.png");
    expect(text).toContain("未放入此文件");
    expect(text).not.toContain("Receipt page 1");
  });

  it("is in English alone for an English reader; a case not yet cancelled is a record of the request, not proof", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "SMART" });
    const pack = await buildProofPack(user.id, id);
    const text = await extractText(pack.bytes);
    expect(text).toContain("Record of a SIM cancellation request");
    expect(text).not.toContain("Proof of SIM cancellation");
    expect(pack.fileName).toMatch(/^Cancellation request /);
    expect(text).toContain("No proof was saved.");
    expect(text).not.toContain("· Proof");
    expect(imageCount(await PDFDocument.load(pack.bytes))).toBe(0);
  });

  it("lists the reference numbers written in timeline notes as well as in the steps', each once", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id, { operator: "SMART" });
    const step = (await getCase(user.id, id)).steps.find((candidate) => candidate.kind === "PROCEDURE")!;
    await completeStep(user.id, step.id, { outcome: "DONE", note: "Reference SM-4821" });
    await addCaseNote(user.id, id, { text: "Agent said ref number 55821, call back Friday" });
    await addCaseNote(user.id, id, { text: "Called again about SM-4821" });
    const text = await extractText((await buildProofPack(user.id, id)).bytes);
    expect(text).toMatch(/Reference numbers\s*SM-4821, 55821\s/);
    expect(text).not.toContain("None noted");
  });

  it("is not found for another user, nor for an id that is no case", async () => {
    const { caseId } = await closedChineseCase();
    const stranger = await createTestUser();
    await expect(buildProofPack(stranger.id, caseId)).rejects.toMatchObject(NOT_FOUND);
    await expect(buildProofPack(stranger.id, "no-such-case")).rejects.toMatchObject(NOT_FOUND);
  });
});
