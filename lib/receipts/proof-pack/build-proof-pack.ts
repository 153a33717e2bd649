import "server-only";
import { caseTitle } from "@/lib/cases/case-title";
import { toLocale } from "@/lib/i18n/locales";
import { getIntlFormatter, getTranslator } from "@/lib/i18n/translator";
import { zonedDateString } from "@/lib/time/zoned-time";
import { isNotFoundError } from "@/lib/http/user-error";
import { getReceiptFile } from "../get-receipt-file";
import { RECEIPT_LIMITS } from "../limits";
import type { ReceiptVariant } from "../storage/storage-driver";
import { drawProofPack, type ProofPackTexts } from "./draw-proof-pack";
import { findProofPackCase } from "./find-proof-pack-case";
import { loadProofFonts } from "./load-proof-fonts";

/**
 * A PDF of one of the user's cases, for a dispute later: the SIM, its dates,
 * the reference numbers, the proof and the timeline, in the owner's language
 * and in English. Another user's case is "not found".
 */
export async function buildProofPack(
  userId: string,
  caseId: string,
  now = new Date(),
  receiptBytes: number = RECEIPT_LIMITS.proofPackBytes,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const found = await findProofPackCase(userId, caseId);
  const locale = toLocale(found.owner.locale);
  const timeZone = found.owner.timeZone;
  const [reader, english, fonts] = await Promise.all([getTranslator(locale, timeZone), getTranslator("en", timeZone), loadProofFonts()]);
  const texts: ProofPackTexts = {
    locale,
    reader,
    english,
    readerFormat: getIntlFormatter(locale, timeZone),
    englishFormat: getIntlFormatter("en", timeZone),
  };
  const read = async (receiptId: string, variant: ReceiptVariant) => {
    try {
      return (await getReceiptFile(userId, receiptId, variant)).bytes;
    } catch (error) {
      // Deleted since the case was read: the pack lists it without its content.
      if (isNotFoundError(error)) return null;
      throw error;
    }
  };
  const bytes = await drawProofPack(found, texts, fonts, now, { read, budget: receiptBytes });
  const title = caseTitle(reader, found).replace(/[\\/:*?"<>|\p{Cc}]/gu, "_");
  const name = reader(found.status === "DONE" ? "proofPack.fileName" : "proofPack.fileNameOpen");
  return { bytes, fileName: `${name} ${title} ${zonedDateString(now, timeZone)}.pdf` };
}
