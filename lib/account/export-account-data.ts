import "server-only";
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { stepText } from "@/lib/cases/step-text";
import { db } from "@/lib/db/client";
import { getTranslator } from "@/lib/i18n/translator";
import { toLocale } from "@/lib/i18n/locales";
import { openReceiptFile, type ReceiptFile } from "@/lib/receipts/open-receipt-file";
import { isNotFoundError, UserError } from "@/lib/http/user-error";
import { receiptPathInExport } from "./receipt-path-in-export";

/**
 * Bumped whenever the JSON changes shape, so that whoever reads an old export can tell.
 * 2: each step has `shown`, its words as the case page shows them.
 */
export const EXPORT_FORMAT_VERSION = 2;
export const EXPORT_JSON_NAME = "simcase-export.json";

/**
 * Everything the acting user has, as a ZIP: one JSON file with the profile and
 * every case (steps, timeline, reminders, receipt details), and each receipt's
 * file as GET /api/receipts/<id> serves it. Password and token hashes stay out.
 *
 * The ZIP is produced as it is read: a receipt's bytes are fetched only when
 * the reader has taken the previous ones, and a file in a bucket is streamed
 * a chunk at a time, so little is in memory however much the account holds
 * (up to 200 MB).
 */
export async function exportAccountData(userId: string, now = new Date()): Promise<ReadableStream<Uint8Array>> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      emailVerified: true,
      timeZone: true,
      locale: true,
      remindersEnabled: true,
      createdAt: true,
      updatedAt: true,
      telegramLink: { select: { chatId: true, chatLabel: true, channels: true, linkedAt: true } },
    },
  });
  if (!user) throw new UserError("accountData.accountNotFound");

  const cases = await db().case.findMany({
    where: { ownerId: userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      steps: { orderBy: [{ kind: "asc" }, { position: "asc" }] },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      // The claim token is the worker's bookkeeping, not the user's data.
      reminders: { orderBy: [{ dueAt: "asc" }, { id: "asc" }], omit: { claimToken: true } },
      receipts: {
        where: { ownerId: userId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          caseId: true,
          stepId: true,
          kind: true,
          contentType: true,
          fileName: true,
          size: true,
          width: true,
          height: true,
          pageCount: true,
          createdAt: true,
        },
      },
    },
  });

  // A template step is stored with its English words and shown in the reader's language:
  // `shown` is what the case page shows this user, the stored fields what the database holds.
  const t = await getTranslator(toLocale(user.locale), user.timeZone);
  const receipts = cases.flatMap((item) => item.receipts);
  const document = {
    format: "simcase-export",
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    // JSON has no 64-bit integers: a Telegram chat id goes as text.
    user: { ...user, telegramLink: user.telegramLink && { ...user.telegramLink, chatId: user.telegramLink.chatId.toString() } },
    cases: cases.map((item) => ({
      ...item,
      steps: item.steps.map((step) => ({ ...step, shown: stepText(t, step, item.operator) })),
      receipts: item.receipts.map((receipt) => ({ ...receipt, file: receiptPathInExport(receipt) })),
    })),
  };

  const chunks = zipChunks(userId, document, receipts, now);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

async function* zipChunks(
  userId: string,
  document: object,
  receipts: { id: string; caseId: string; fileName: string; createdAt: Date }[],
  now: Date,
): AsyncGenerator<Uint8Array, void, undefined> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else pending.push(chunk);
    if (final) finished = true;
  });
  // fflate's non-async streams hand their output over synchronously, so after each
  // file everything it produced is in `pending`.
  function* drain() {
    if (failure) throw failure;
    while (pending.length > 0) yield pending.shift()!;
  }

  const json = new ZipDeflate(EXPORT_JSON_NAME, { level: 6 });
  json.mtime = now;
  zip.add(json);
  json.push(strToU8(JSON.stringify(document, null, 2)), true);
  yield* drain();

  for (const receipt of receipts) {
    let opened: ReceiptFile;
    try {
      opened = await openReceiptFile(userId, receipt.id, "original");
    } catch (error) {
      // Deleted while the export was running: it is no longer part of the account.
      if (isNotFoundError(error)) continue;
      throw error;
    }
    // Photos and PDFs are compressed already: stored as they are.
    const file = new ZipPassThrough(receiptPathInExport(receipt));
    file.mtime = receipt.createdAt;
    zip.add(file);
    try {
      // Each chunk goes out before the next is read: the stream's own buffer is all that waits.
      for await (const chunk of opened.body) {
        file.push(chunk as Uint8Array);
        yield* drain();
      }
    } finally {
      // The reader gave up (or the store failed): let go of the connection.
      opened.body.destroy();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }

  zip.end();
  yield* drain();
  if (!finished) throw new Error("the export ZIP was not finished");
}
