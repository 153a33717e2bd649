import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { changeCaseStatus } from "@/lib/workflows/change-case-status";
import { db } from "@/lib/db/client";
import { addReceipt } from "@/lib/receipts/add-receipt";
import { getReceiptFile } from "@/lib/receipts/get-receipt-file";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import * as corpus from "@/test/support/receipt-corpus";
import { EXPORT_FORMAT_VERSION, exportAccountData } from "./export-account-data";
import { UserError } from "@/lib/http/user-error";
import { getTranslator } from "@/lib/i18n/translator";
import { stepText } from "@/lib/cases/step-text";

const NOW = new Date("2026-05-04T03:00:00Z");

/** A user with two cases: one waiting for the operator (so with reminders), notes, and receipts of both kinds. */
async function userWithData(phones: [string, string]) {
  const user = await createTestUser();
  const first = await createTestCase(user.id, { operator: "SMART", phoneNumber: phones[0], nickname: "Tourist SIM" }, NOW);
  const second = await createTestCase(user.id, { operator: "METFONE", phoneNumber: phones[1] }, NOW);
  await addCaseNote(user.id, first.id, { text: "Called 888, they said two days" }, NOW);
  await changeCaseStatus(user.id, first.id, { type: "wait", days: 2, counting: "CALENDAR" }, NOW);
  const photo = await addReceipt(user.id, first.id, { bytes: await corpus.jpeg(), fileName: "IMG 2041.JPG" }, NOW);
  const scan = await addReceipt(user.id, first.id, { bytes: await corpus.pdf(2), fileName: "小票.pdf" }, NOW);
  const other = await addReceipt(user.id, second.id, { bytes: await corpus.png(), fileName: "receipt.png" }, NOW);
  return { user, caseIds: [first.id, second.id], receipts: [photo, scan, other] };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

type ExportJson = {
  format: string;
  version: number;
  exportedAt: string;
  user: Record<string, unknown>;
  cases: Array<{
    id: string;
    ownerId: string;
    phoneNumber: string | null;
    steps: Array<{ caseId: string; templateKey: string | null; title: string; shown: { title: string; howTo: string | null } }>;
    events: Array<{ kind: string; caseId: string }>;
    reminders: Array<Record<string, unknown>>;
    receipts: Array<{ id: string; caseId: string; fileName: string; size: number; file: string }>;
  }>;
};

describe("exportAccountData", () => {
  it("zips the user's profile, cases and receipt files, and nothing of anyone else's", async () => {
    const mine = await userWithData(["012 111 222", "097 333 4444"]);
    const theirs = await userWithData(["012 999 888", "097 777 6666"]);

    await db().telegramLink.create({ data: { userId: mine.user.id, chatId: 9_007_199_254_740_993n, chatLabel: "@traveller" } });
    const files = unzipSync(await readAll(await exportAccountData(mine.user.id, NOW)));
    const json = JSON.parse(strFromU8(files["simcase-export.json"]!)) as ExportJson;
    // A chat id beyond 2^53 survives as text.
    expect(json.user).toMatchObject({ telegramLink: { chatId: "9007199254740993", chatLabel: "@traveller", channels: "BOTH" } });

    expect(json).toMatchObject({ format: "simcase-export", version: EXPORT_FORMAT_VERSION, exportedAt: NOW.toISOString() });
    expect(json.user).toMatchObject({ id: mine.user.id, email: mine.user.email, locale: "en" });
    const raw = strFromU8(files["simcase-export.json"]!);
    expect(raw).not.toMatch(/passwordHash|tokenHash|claimToken|\$argon2/);

    expect(json.cases.map((item) => item.id).sort()).toEqual([...mine.caseIds].sort());
    expect(json.cases.map((item) => item.phoneNumber).sort()).toEqual(["+85512111222", "+855973334444"]);
    expect(raw).not.toContain(theirs.user.id);
    expect(raw).not.toContain(theirs.user.email);
    for (const id of theirs.caseIds) expect(raw).not.toContain(id);
    expect(raw).not.toContain("+85512999888");

    const waiting = json.cases.find((item) => item.id === mine.caseIds[0])!;
    expect(waiting.steps.length).toBeGreaterThan(0);
    expect(waiting.events.map((event) => event.kind)).toEqual(
      expect.arrayContaining(["CASE_CREATED", "NOTE_ADDED", "STATUS_CHANGED", "RECEIPT_ADDED"]),
    );
    expect(waiting.reminders.length).toBeGreaterThan(0);
    expect(waiting.receipts.map((receipt) => receipt.fileName).sort()).toEqual(["IMG 2041.jpg", "小票.pdf"]);

    // Every receipt is there, under the path the JSON gives, byte for byte what the receipt URL serves.
    const receiptPaths = Object.keys(files).filter((name) => name.startsWith("receipts/"));
    expect(receiptPaths).toHaveLength(3);
    for (const receipt of json.cases.flatMap((item) => item.receipts)) {
      expect(receipt.file).toBe(`receipts/${receipt.caseId}/${receipt.id}-${receipt.fileName}`);
      const blob = await db().receiptBlob.findUniqueOrThrow({ where: { receiptId: receipt.id } });
      const zipped = files[receipt.file]!;
      expect(Buffer.from(zipped).equals(Buffer.from(blob.data))).toBe(true);
      expect(Buffer.from(zipped).equals((await getReceiptFile(mine.user.id, receipt.id, "original")).bytes)).toBe(true);
      expect(zipped.length).toBe(receipt.size);
    }
  });

  it("gives each template step's words as the user's case page shows them, in Chinese, beside the stored ones", async () => {
    const user = await createTestUser();
    await db().user.update({ where: { id: user.id }, data: { locale: "zh" } });
    await createTestCase(user.id, { operator: "METFONE", phoneNumber: "097 333 4444" }, NOW);
    const files = unzipSync(await readAll(await exportAccountData(user.id, NOW)));
    const json = JSON.parse(strFromU8(files["simcase-export.json"]!)) as ExportJson;
    const steps = json.cases[0]!.steps;
    expect(steps.length).toBeGreaterThan(0);
    const zh = await getTranslator("zh", "UTC");
    for (const step of steps.filter((item) => item.templateKey)) {
      expect(step.shown.title).toBe(stepText(zh, step as never, "METFONE").title);
      expect(step.shown.title).toMatch(/\p{Script=Han}/u);
      // The stored words stay as they are.
      expect(step.title).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it("exports an account with no cases", async () => {
    const user = await createTestUser();
    const files = unzipSync(await readAll(await exportAccountData(user.id, NOW)));
    expect(Object.keys(files)).toEqual(["simcase-export.json"]);
    expect((JSON.parse(strFromU8(files["simcase-export.json"]!)) as ExportJson).cases).toEqual([]);
  });

  it("reads receipt bytes only as the reader takes the ZIP", async () => {
    const { user } = await userWithData(["012 111 222", "097 333 4444"]);
    const reader = (await exportAccountData(user.id, NOW)).getReader();
    // The first chunk is the JSON: no receipt has been read for it. Deleting the receipts now
    // shows the export reads them lazily (and skips one that is gone) instead of holding them all.
    const first = await reader.read();
    expect(first.done).toBe(false);
    await db().receipt.deleteMany({ where: { ownerId: user.id } });
    const chunks = [first.value!];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    const files = unzipSync(Buffer.concat(chunks));
    expect(Object.keys(files)).toEqual(["simcase-export.json"]);
  });

  it("is not found for an unknown user", async () => {
    await expect(exportAccountData("no-such-user", NOW)).rejects.toBeInstanceOf(UserError);
  });
});
